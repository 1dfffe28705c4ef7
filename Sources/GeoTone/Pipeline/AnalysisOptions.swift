/// Everything that decides what an `analyze` run does; recorded with the run as JSON.
public struct AnalysisOptions: Sendable {
    /// Files and directories to read.
    public var inputs: [String]
    /// Folder for the CSV tables.
    public var outDirectory: String
    /// The SQLite result store; default `<out>/geotone.sqlite`.
    public var databasePath: String?
    /// A label stored with the run.
    public var label: String?
    /// Folder holding `gazetteer/`, `lexicons/`, `text/`, `ingest/`.
    public var datasetsDirectory: String
    /// Year for dateline dates without one.
    public var defaultYear: Int?
    /// Any diagnostic makes the exit status non-zero.
    public var strict = false
    /// Worker threads.
    public var jobs: Int
    /// `news`, `vader`, `afinn`, or a lexicon file path.
    public var lexicon = "news"
    /// How a sentence's tone reaches the countries it names (Documentation/Scoring.md, "Attribution").
    public var attribution: Attribution = .target
    /// Mention kinds that count (gazetteer alias kinds); nil = the default set.
    public var mentionKinds: [String]?
    /// Pairs seen in fewer articles get no association measures.
    public var minPairArticles = 3
    /// Timeline granularity.
    public var period: Period = .month
    /// An extra groups file.
    public var groupsPath: String?
    /// Longest article analysed.
    public var maxArticleBytes = IngestOptions.defaultMaxArticleBytes
    /// Recompute every article even when earlier results could be reused.
    public var full = false
    /// How long to wait for another writer of the store before failing with `ResultStoreError.busy`.
    public var busyTimeoutMilliseconds: Int32 = 10_000

    public init(inputs: [String], outDirectory: String, datasetsDirectory: String, jobs: Int) {
        self.inputs = inputs
        self.outDirectory = outDirectory
        self.datasetsDirectory = datasetsDirectory
        self.jobs = jobs
    }

    /// The store path in effect.
    public var resolvedDatabasePath: String { databasePath ?? (outDirectory + "/geotone.sqlite") }

    /// The options that change results, as canonical JSON (sorted keys), for the run record and its hash.
    ///
    /// Output locations, labels, `jobs` and `strict` do not change results and are left out.
    public var methodJSON: String {
        func q(_ s: String) -> String { JSONText.quoted(s) }
        var fields: [(String, String)] = [
            ("attribution", q(attribution.rawValue)),
            ("default_year", defaultYear.map(String.init) ?? "null"),
            ("groups", groupsPath.map(q) ?? "null"),
            ("lexicon", q(lexicon)),
            ("max_article_bytes", String(maxArticleBytes)),
            ("mention_kinds", mentionKinds.map { "[" + $0.sorted().map(q).joined(separator: ",") + "]" } ?? "null"),
            ("min_pair_articles", String(minPairArticles)),
            ("period", q(period.rawValue)),
        ]
        fields.sort { $0.0 < $1.0 }
        return "{" + fields.map { "\(q($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}

/// Minimal JSON string quoting for records geotone writes.
public enum JSONText {
    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
