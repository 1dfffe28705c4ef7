/// One row of the `runs` table: the one model of a run for `runs`, `compare`, `report` and the cache look-ups.
public struct RunRecord: Sendable, Equatable {
    public var id: Int64
    public var label: String?
    public var startedAt: String
    public var finishedAt: String?
    public var status: RunStatus
    public var toolVersion: String
    public var optionsJSON: String
    public var optionsHash: String
    public var lexiconChecksum: String
    public var gazetteerChecksum: String
    /// Hash over every input file's path, size and content; nil for failed runs.
    public var inputFingerprint: String?
    public var files: Int?
    /// Articles read, duplicates included.
    public var articles: Int?
    public var duplicates: Int?
    public var undated: Int?
    public var diagnostics: Int?
    public var countries: Int?
    public var meanCompound: Double?
    public var durationSeconds: Double?
    /// Why a failed run stopped.
    public var error: String?
    /// The article-cache method key (migration 5).
    public var methodKey: String?
    /// The earlier run whose results this one took unchanged (migration 5).
    public var reusedRun: Int64?
    /// The run whose article rows are this run's (set with `reusedRun`).
    public var rowsRun: Int64?
    /// First and last article date of the run, when recorded (migration 5).
    public var firstDate: String?
    public var lastDate: String?

    public init(id: Int64, label: String? = nil, startedAt: String, finishedAt: String? = nil, status: RunStatus,
                toolVersion: String, optionsJSON: String, optionsHash: String, lexiconChecksum: String,
                gazetteerChecksum: String, inputFingerprint: String? = nil, files: Int? = nil, articles: Int? = nil,
                duplicates: Int? = nil, undated: Int? = nil, diagnostics: Int? = nil, countries: Int? = nil,
                meanCompound: Double? = nil, durationSeconds: Double? = nil, error: String? = nil, methodKey: String? = nil,
                reusedRun: Int64? = nil, rowsRun: Int64? = nil, firstDate: String? = nil, lastDate: String? = nil) {
        self.id = id
        self.label = label
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.toolVersion = toolVersion
        self.optionsJSON = optionsJSON
        self.optionsHash = optionsHash
        self.lexiconChecksum = lexiconChecksum
        self.gazetteerChecksum = gazetteerChecksum
        self.inputFingerprint = inputFingerprint
        self.files = files
        self.articles = articles
        self.duplicates = duplicates
        self.undated = undated
        self.diagnostics = diagnostics
        self.countries = countries
        self.meanCompound = meanCompound
        self.durationSeconds = durationSeconds
        self.error = error
        self.methodKey = methodKey
        self.reusedRun = reusedRun
        self.rowsRun = rowsRun
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// True when the run completed and has results.
    public var isComplete: Bool { status == .complete }

    /// The parts of the method that decide results: options, lexicon, gazetteer, tool version.
    public func sameMethod(as other: RunRecord) -> Bool {
        optionsHash == other.optionsHash && lexiconChecksum == other.lexiconChecksum
            && gazetteerChecksum == other.gazetteerChecksum && toolVersion == other.toolVersion
    }
}
