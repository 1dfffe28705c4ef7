/// Settings shared by the readers.
public struct IngestOptions: Sendable {
    /// Year for dateline dates written without one.
    public var defaultYear: Int?
    /// Whether a dateline date without a year may take the year of the file's modification time (never by default).
    public var dateFromFileTime = false
    /// Longest article body analysed, in bytes; a longer one is cut there with a diagnostic.
    public var maxArticleBytes: Int
    /// Deepest JSON nesting accepted in a `.jsonl` line.
    public var maxJSONDepth: Int
    /// Longest CSV field accepted, in bytes; a longer one is cut with a diagnostic.
    public var maxCSVFieldBytes: Int
    /// The JSON keys and CSV columns read as article fields (`Datasets/ingest/fields.tsv` plus the field options).
    public var fields = FieldNames.roleNames
    /// CSV delimiter given with `--delimiter`; nil: sniffed from the first line.
    public var delimiter: UInt8?
    /// The encoding of every input (`--encoding`); nil: UTF-8, UTF-16 with a BOM, or Windows-1252 when not UTF-8.
    public var encoding: TextEncoding?
    /// Seconds east of UTC of the zone datetimes are dated in (`--timezone`; 0 = UTC).
    public var timeZoneOffset = 0
    /// A `strptime` format for dates in no recognised form (`--date-format`).
    public var dateFormat: DateFormat?
    /// Column names of header-less CSV files (`--no-header --columns`); nil: the first row is the header.
    public var columns: [String]?

    /// Default article size limit: 10 MB.
    public static let defaultMaxArticleBytes = 10_000_000
    /// Default JSON nesting limit.
    public static let defaultMaxJSONDepth = 64

    public init(defaultYear: Int? = nil, maxArticleBytes: Int = IngestOptions.defaultMaxArticleBytes,
                maxJSONDepth: Int = IngestOptions.defaultMaxJSONDepth, maxCSVFieldBytes: Int? = nil) {
        self.defaultYear = defaultYear
        self.maxArticleBytes = maxArticleBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxCSVFieldBytes = maxCSVFieldBytes ?? maxArticleBytes
    }
}
