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
    /// The language every article is read in (`--language`, an ISO 639-1 code); nil: detected per article.
    public var language: String?
    /// Pairs seen in fewer articles get no association measures.
    public var minPairArticles = 3
    /// Timeline granularity.
    public var period: Period = .month
    /// An extra groups file.
    public var groupsPath: String?
    /// Longest article analysed.
    public var maxArticleBytes = IngestOptions.defaultMaxArticleBytes
    /// Field names given on the command line (`--text-field` …), replacing the list of `ingest/fields.tsv` for their field.
    public var fieldOverrides: [FieldNames.Role: [String]] = [:]
    /// CSV delimiter (`--delimiter`); nil: sniffed per file.
    public var delimiter: UInt8?
    /// Column names for header-less CSV files (`--no-header --columns`).
    public var columns: [String]?
    /// A `strptime`-style format for dates in no recognised form (`--date-format`).
    public var dateFormat: DateFormat?
    /// The encoding of every input (`--encoding`); nil: found per file.
    public var encoding: TextEncoding?
    /// Seconds east of UTC of the zone datetimes are dated in (`--timezone`); nil = UTC.
    public var timeZoneOffset: Int?
    /// Dateline dates without a year take the file's modification year (`--date-from-file-time`).
    public var dateFromFileTime = false
    /// Recompute every article even when earlier results could be reused.
    public var full = false
    /// Analyse only this shard of the inputs (`--shard I/N`, ``ShardPlan``); not part of the method: every shard and
    /// the merged run share one method key.
    public var shard: ShardSpec?
    /// Another store whose cached article results are reused (`--reuse-from`, read-only): a merged run's store for
    /// the shards of a later run over a grown corpus. Not part of the method.
    public var reuseFrom: String?
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

    /// The reader settings these options ask for, with `fields` (the loaded field-name list) and the options applied.
    public func ingestOptions(fields: FieldNames) -> IngestOptions {
        var ingest = IngestOptions(defaultYear: defaultYear, maxArticleBytes: maxArticleBytes)
        var names = fields
        for role in fieldOverrides.keys.sorted() { names.override(role, with: fieldOverrides[role]!) }
        ingest.fields = names
        ingest.delimiter = delimiter
        ingest.columns = columns
        ingest.dateFromFileTime = dateFromFileTime
        ingest.dateFormat = dateFormat
        ingest.encoding = encoding
        ingest.timeZoneOffset = timeZoneOffset ?? 0
        return ingest
    }

    /// The options that change results, as canonical JSON (sorted keys), for the run record and its hash.
    ///
    /// Output locations, labels, `jobs` and `strict` do not change results and are left out.
    public var methodJSON: String {
        func q(_ s: String) -> String { JSONText.quoted(s) }
        var fields: [(String, String)] = [
            ("attribution", q(attribution.rawValue)),
            ("default_year", defaultYear.map(String.init) ?? "null"),
            ("encoding", encoding.map { q($0.rawValue) } ?? "null"),
            ("date_format", dateFormat.map { q($0.pattern) } ?? "null"),
            ("timezone_offset", timeZoneOffset.map(String.init) ?? "null"),
            ("date_from_file_time", dateFromFileTime ? "true" : "false"),
            ("csv_delimiter", delimiter.map { q(String(UnicodeScalar($0))) } ?? "null"),
            ("csv_columns", columns.map { "[" + $0.map(q).joined(separator: ",") + "]" } ?? "null"),
            ("fields", "{" + fieldOverrides.keys.sorted().map { "\(q($0.name)):[" + fieldOverrides[$0]!.map(q).joined(separator: ",") + "]" }
                .joined(separator: ",") + "}"),
            ("groups", groupsPath.map(q) ?? "null"),
            ("language", language.map { q($0.lowercased()) } ?? "null"),
            ("lexicon", q(lexicon)),
            ("max_article_bytes", String(maxArticleBytes)),
            // The kinds in effect, also when --mention-kinds was not given (then the default set).
            ("mention_kinds", "[" + Self.kindsInEffect(mentionKinds).sorted().map(q).joined(separator: ",") + "]"),
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

extension AnalysisOptions {
    /// The kind names `--mention-kinds` selects (`all` and `default` expanded), as recorded with the run.
    static func kindsInEffect(_ given: [String]?) -> Set<String> {
        guard let given else { return Set(MentionKind.defaultKinds.map(\.rawValue)) }
        return (try? MentionKind.parseSet(given.joined(separator: ","))).map { Set($0.map(\.rawValue)) } ?? Set(given)
    }
}
