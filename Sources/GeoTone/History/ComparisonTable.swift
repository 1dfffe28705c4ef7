/// One table of a run comparison (countries, country pairs or regions): per key, the values in run A and run B.
public struct ComparisonTable: Sendable {
    /// How a key fares between the runs.
    public enum Status: String, Sendable {
        /// Only in B.
        case new
        /// Only in A.
        case gone
        /// In both, with a different article count or measure (compared at output precision).
        case changed
        /// In both, equal at output precision.
        case same
    }

    /// One measure besides the article count, e.g. `share_of_articles`.
    public struct Measure: Sendable {
        public var name: String
        /// Decimals written, and used to decide `same` vs `changed`.
        public var decimals: Int
    }

    /// The values of one key in one run.
    public struct Entry: Sendable {
        public var articles: Int
        public var measures: [Double?]
        /// Extra descriptive text (a country's name), not compared.
        public var note: String
        public init(articles: Int, measures: [Double?], note: String = "") {
            self.articles = articles
            self.measures = measures
            self.note = note
        }
    }

    /// One compared key.
    public struct Row: Sendable {
        public var key: [String]
        public var note: String
        public var a: Entry?
        public var b: Entry?
        /// 1 = most articles in that run (within the rank group); nil when absent.
        public var rankA: Int?
        public var rankB: Int?
        public var status: Status

        public var articlesA: Int { a?.articles ?? 0 }
        public var articlesB: Int { b?.articles ?? 0 }
        /// B minus A (absent counts as 0).
        public var articlesChange: Int { articlesB - articlesA }
        /// Change relative to A; nil when A has none.
        public var articlesRelativeChange: Double? { articlesA > 0 ? Double(articlesChange) / Double(articlesA) : nil }
        /// Positions gained from A to B (positive = moved up); nil unless in both.
        public var rankChange: Int? {
            guard let rankA, let rankB else { return nil }
            return rankA - rankB
        }
        /// Measure `i` in A and B, and B minus A when both exist.
        public func measure(_ i: Int) -> (a: Double?, b: Double?, change: Double?) {
            let x = a?.measures[i] ?? nil, y = b?.measures[i] ?? nil
            if let x, let y { return (x, y, y - x) }
            return (x, y, nil)
        }
    }

    /// Names of the key columns, e.g. `["country"]`.
    public var keyColumns: [String]
    /// Name of the descriptive column, or nil.
    public var noteColumn: String?
    public var measures: [Measure]
    /// Sorted by absolute change in articles (largest first), then key.
    public var rows: [Row]

    /// Builds the table from the entries of both runs; `rankGroup` picks the key columns ranks are counted
    /// within (e.g. the region level).
    public init(keyColumns: [String], noteColumn: String?, measures: [Measure], a: [[String]: Entry], b: [[String]: Entry],
                rankGroup: ([String]) -> String = { _ in "" }) {
        self.keyColumns = keyColumns
        self.noteColumn = noteColumn
        self.measures = measures
        let ranksA = Self.ranks(a, group: rankGroup), ranksB = Self.ranks(b, group: rankGroup)
        let keys = Set(a.keys).union(b.keys).sorted { $0.lexicographicallyPrecedes($1) }
        rows = keys.map { key in
            let x = a[key], y = b[key]
            let status: Status
            switch (x, y) {
            case (nil, _): status = .new
            case (_, nil): status = .gone
            case (let x?, let y?):
                var differs = x.articles != y.articles
                for (i, m) in measures.enumerated() where !differs {
                    differs = x.measures[i].map { NumberFormatting.fixed($0, decimals: m.decimals) }
                        != y.measures[i].map { NumberFormatting.fixed($0, decimals: m.decimals) }
                }
                status = differs ? .changed : .same
            }
            return Row(key: key, note: y?.note ?? x?.note ?? "", a: x, b: y, rankA: ranksA[key], rankB: ranksB[key], status: status)
        }
        rows.sort {
            let l = abs($0.articlesChange), r = abs($1.articlesChange)
            return l != r ? l > r : $0.key.lexicographicallyPrecedes($1.key)
        }
    }

    /// Rank 1 = most articles, ties broken by key, counted within each group.
    static func ranks(_ entries: [[String]: Entry], group: ([String]) -> String) -> [[String]: Int] {
        let ordered = entries.keys.sorted {
            let g0 = group($0), g1 = group($1)
            if g0 != g1 { return g0 < g1 }
            let a0 = entries[$0]!.articles, a1 = entries[$1]!.articles
            return a0 != a1 ? a0 > a1 : $0.lexicographicallyPrecedes($1)
        }
        var ranks: [[String]: Int] = [:], counter: [String: Int] = [:]
        for key in ordered {
            let g = group(key)
            counter[g, default: 0] += 1
            ranks[key] = counter[g]
        }
        return ranks
    }

    /// Rows per status.
    public func count(_ status: Status) -> Int { rows.filter { $0.status == status }.count }
}
