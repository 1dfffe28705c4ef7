/// One row of the `runs` table.
public struct RunRecord: Sendable, Equatable {
    public var id: Int64
    public var label: String?
    public var startedAt: String
    public var finishedAt: String?
    /// `running` (never visible to other connections), `complete` or `failed`.
    public var status: String
    public var toolVersion: String
    public var optionsJSON: String
    public var optionsHash: String
    public var lexiconChecksum: String
    public var gazetteerChecksum: String
    /// Hash over every input file's path, size and content; nil for failed runs.
    public var inputFingerprint: String?
    public var files: Int?
    public var articles: Int?
    public var countries: Int?
    public var meanCompound: Double?
    public var durationSeconds: Double?
    /// Why a failed run stopped.
    public var error: String?

    /// True when the run completed and has results.
    public var isComplete: Bool { status == "complete" }

    /// The parts of the method that decide results: options, lexicon, gazetteer, tool version.
    public func sameMethod(as other: RunRecord) -> Bool {
        optionsHash == other.optionsHash && lexiconChecksum == other.lexiconChecksum
            && gazetteerChecksum == other.gazetteerChecksum && toolVersion == other.toolVersion
    }

    /// What differs from `previous`: the input data, the method, both, or neither.
    public func change(from previous: RunRecord?) -> RunChange {
        guard let previous else { return .first }
        let data = inputFingerprint != previous.inputFingerprint
        let method = !sameMethod(as: previous)
        switch (data, method) {
        case (true, true): return .dataAndMethod
        case (true, false): return .data
        case (false, true): return .method
        case (false, false): return .none
        }
    }
}

/// How a run differs from the complete run before it.
public enum RunChange: String, Sendable, CaseIterable {
    /// No complete run before it.
    case first
    /// Same method, different input fingerprint.
    case data
    /// Same input, different options, lexicon, gazetteer or tool version.
    case method
    /// Both differ.
    case dataAndMethod = "data+method"
    /// Same input and method.
    case none
}
