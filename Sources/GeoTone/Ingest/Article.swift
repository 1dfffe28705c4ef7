/// Where an article's date came from.
public enum DateSource: String, Sendable {
    /// An explicit date field (JSONL / CSV / JSON).
    case field
    /// A dateline with its year written (`PARIS, 12 March 2024 (AFP) -`).
    case dateline
    /// A dateline month and day with the year from `--default-year`.
    case datelineDefaultYear = "dateline+default-year"
    /// A dateline month and day with the year of the file's modification time (only with `--date-from-file-time`).
    case datelineFileYear = "dateline+file-mtime"
    /// No date could be found.
    case none
}

/// One news article as read from the input, before analysis.
public struct Article: Sendable {
    /// Identifier: from the input when it has one, else derived from the path (and line).
    public var id: String
    /// The file it came from, as given on the command line.
    public var sourcePath: String
    /// 1-based line (JSONL) or record start line (CSV); 1 for `.txt`.
    public var line: Int
    /// Headline, possibly empty.
    public var title: String
    /// Body text as read (for `.txt`, without the signature and site furniture).
    public var body: String
    /// ISO date `yyyy-mm-dd`, when known.
    public var date: String?
    /// Where `date` came from.
    public var dateSource: DateSource
    /// Dateline place as written, e.g. `Astana`.
    public var datelinePlace: String?
    /// Agency named in the dateline, e.g. `EFE`.
    public var agency: String?
    /// Publisher or feed name (JSONL / CSV `source`).
    public var source: String?
    /// Original URL (JSONL / CSV `url`).
    public var url: String?
    /// Language code as given by the input (`language`, `lang`), when it has one.
    public var language: String?

    public init(id: String, sourcePath: String, line: Int, title: String, body: String,
                date: String? = nil, dateSource: DateSource = .none, datelinePlace: String? = nil,
                agency: String? = nil, source: String? = nil, url: String? = nil) {
        self.id = id
        self.sourcePath = sourcePath
        self.line = line
        self.title = title
        self.body = body
        self.date = date
        self.dateSource = dateSource
        self.datelinePlace = datelinePlace
        self.agency = agency
        self.source = source
        self.url = url
    }
}
