#if canImport(Glibc)
import Glibc
#endif

/// Writes a ``RunComparison`` as `summary.txt`, `countries.csv`, `comentions.csv` and `regions.csv`.
///
/// Every CSV row holds the key, the value in A and in B, the absolute and relative change in articles, each
/// measure in A and B with its change, the ranks and their change, and the status; rows are sorted by the
/// absolute change in articles (largest first), then key. Files are replaced whole (written, then renamed).
public struct ComparisonWriter {
    /// Movers listed per direction in the summary.
    public static let topCount = 10
    /// Decimals of relative changes.
    public static let relativeDecimals = 4

    public let comparison: RunComparison

    public init(_ comparison: RunComparison) { self.comparison = comparison }

    /// Writes the four files into `directory` (created if missing); returns their paths.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        try Self.createDirectory(directory)
        var paths: [String] = []
        for (name, table) in [("countries.csv", comparison.countries), ("comentions.csv", comparison.pairs),
                              ("regions.csv", comparison.regions)] {
            let path = directory + "/" + name
            try Self.writeCSV(table, to: path)
            paths.append(path)
        }
        let summary = directory + "/summary.txt"
        try AtomicFile.write(summaryText(), to: summary)
        return [summary] + paths
    }

    /// The CSV header of `table`.
    public static func header(_ table: ComparisonTable) -> [String] {
        var columns = table.keyColumns + (table.noteColumn.map { [$0] } ?? [])
        columns += ["articles_a", "articles_b", "articles_change", "articles_change_relative"]
        for m in table.measures { columns += [m.name + "_a", m.name + "_b", m.name + "_change"] }
        return columns + ["rank_a", "rank_b", "rank_change", "status"]
    }

    static func writeCSV(_ table: ComparisonTable, to path: String) throws {
        let csv = try CSVTableWriter(path: path, header: header(table))
        func int(_ v: Int?) -> CSVCell { v.map { .integer($0) } ?? .empty }
        for row in table.rows {
            var cells: [CSVCell] = row.key.map { .text($0) }
            if table.noteColumn != nil { cells.append(.text(row.note)) }
            cells += [int(row.a?.articles), int(row.b?.articles), .integer(row.articlesChange),
                      .fixed(row.articlesRelativeChange, decimals: relativeDecimals)]
            for (i, m) in table.measures.enumerated() {
                let v = row.measure(i)
                cells += [.fixed(v.a, decimals: m.decimals), .fixed(v.b, decimals: m.decimals), .fixed(v.change, decimals: m.decimals)]
            }
            cells += [int(row.rankA), int(row.rankB), int(row.rankChange), .text(row.status.rawValue)]
            try csv.writeRow(cells)
        }
        try csv.commit()
    }

    /// The summary: the runs, what changed (method or data), totals, and the biggest movers.
    public func summaryText() -> String {
        let c = comparison
        func describe(_ r: RunRecord) -> String {
            let label = r.label.map { " \"\($0)\"" } ?? ""
            return "run \(r.id)\(label), finished \(r.finishedAt ?? "?"), \(r.articles ?? 0) articles, \(r.countries ?? 0) countries"
        }
        var lines = ["geotone compare: A = run \(c.a.id), B = run \(c.b.id)",
                     "  A: \(describe(c.a))", "  B: \(describe(c.b))", ""]
        switch c.change {
        case .method, .dataAndMethod:
            let what = c.change == .method ? "the METHOD changed (same input data)" : "both the METHOD and the input DATA changed"
            lines.append("What changed: \(what); differences are not only news, they come partly from the method:")
            lines += c.methodDifferences.map { "  - \($0)" }
        case .data:
            lines.append("What changed: only the input DATA (input fingerprint differs; options, lexicon, gazetteer and version are the same)")
        case .none, .first:
            lines.append("What changed: nothing (same input fingerprint and same method); the tables should be identical")
        }
        let mean = { (v: Double?) in v.map { NumberFormatting.fixed($0, decimals: 4) } ?? "n/a" }
        lines.append("Articles: \(c.a.articles ?? 0) -> \(c.b.articles ?? 0) (\(signed((c.b.articles ?? 0) - (c.a.articles ?? 0))))"
                     + ", mean sentence compound: \(mean(c.a.meanCompound)) -> \(mean(c.b.meanCompound))")
        for (name, table) in [("Countries", c.countries), ("Country pairs", c.pairs), ("Regions", c.regions)] {
            lines.append("\(name): \(table.count(.new)) new, \(table.count(.gone)) gone, \(table.count(.changed)) changed, \(table.count(.same)) same")
        }
        let up = c.countries.rows.filter { $0.articlesChange > 0 }.prefix(Self.topCount)
        let down = c.countries.rows.filter { $0.articlesChange < 0 }.prefix(Self.topCount)
        lines += ["", "Countries up (most articles gained):"] + (up.isEmpty ? ["  (none)"] : up.map(countryLine))
        lines += ["", "Countries down (most articles lost):"] + (down.isEmpty ? ["  (none)"] : down.map(countryLine))
        let pairs = c.pairs.rows.filter { $0.articlesChange != 0 }.prefix(Self.topCount)
        lines += ["", "Country pairs with the largest change:"] + (pairs.isEmpty ? ["  (none)"] : pairs.map(pairLine))
        return lines.joined(separator: "\n") + "\n"
    }

    func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }

    func countryLine(_ r: ComparisonTable.Row) -> String {
        let share = r.measure(0), compound = r.measure(1)
        func f(_ v: Double?) -> String { v.map { NumberFormatting.fixed($0, decimals: 4) } ?? "-" }
        return "  \(pad(signed(r.articlesChange), 5)) \(pad(r.key[0], 3)) \(pad(r.note, 24)) articles \(r.articlesA) -> \(r.articlesB)"
            + "  share \(f(share.a)) -> \(f(share.b))  compound \(f(compound.a)) -> \(f(compound.b))  [\(r.status.rawValue)]"
    }

    func pairLine(_ r: ComparisonTable.Row) -> String {
        "  \(pad(signed(r.articlesChange), 5)) \(r.key[0])-\(r.key[1])  articles \(r.articlesA) -> \(r.articlesB)  [\(r.status.rawValue)]"
    }

    func pad(_ s: String, _ width: Int) -> String {
        let n = s.count
        return n >= width ? s : s + String(repeating: " ", count: width - n)
    }

    /// Creates `path` and missing parents.
    static func createDirectory(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw OutputFileError(path: current, reason: "cannot create directory: \(String(cString: strerror(errno)))")
            }
        }
    }
}
