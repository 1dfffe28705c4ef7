/// What a run records when it begins: its `runs` row while it is written, and the `failed` row left when it stops on
/// an error (its transaction is rolled back, so nothing else of it survives).
public struct RunStart: Sendable {
    public var label: String?
    public var startedAt: String
    public var methodJSON: String
    public var lexiconChecksum: String
    public var gazetteerChecksum: String
    public var toolVersion: String

    public init(label: String?, startedAt: String, methodJSON: String, lexiconChecksum: String, gazetteerChecksum: String,
                toolVersion: String) {
        self.toolVersion = toolVersion
        self.label = label
        self.startedAt = startedAt
        self.methodJSON = methodJSON
        self.lexiconChecksum = lexiconChecksum
        self.gazetteerChecksum = gazetteerChecksum
    }
}
