/// The front door of the report stage: opens a result store, picks the runs, and writes `report.html`.
public struct ReportGenerator {
    /// Which earlier run to compare with.
    public enum Comparison: Sendable, Equatable {
        /// The newest complete run before the reported one, if any.
        case previous
        /// A given run.
        case run(Int64)
        /// No comparison.
        case none
    }

    /// The result of `render`.
    public struct Output: Sendable {
        public var html: String
        public var runID: Int64
        public var comparedWith: Int64?
    }

    /// The map shapes.
    public let map: WorldMap
    /// Group code → display name (e.g. `ARAB_LEAGUE` → `League of Arab States`).
    public let groupNames: [String: String]

    /// A generator drawing `map`, naming groups with `groupNames`.
    public init(map: WorldMap, groupNames: [String: String] = [:]) {
        self.map = map
        self.groupNames = groupNames
    }

    /// A generator reading its map (`map/countries_110m.tsv`) and group names (`gazetteer/groups.tsv`, optional)
    /// from a Datasets folder.
    public init(datasetsDirectory: String) throws {
        let map = try WorldMap(path: datasetsDirectory + "/map/countries_110m.tsv")
        self.init(map: map, groupNames: Self.groupNames(path: datasetsDirectory + "/gazetteer/groups.tsv"))
    }

    /// The HTML report of `run` (default: the newest complete run) in `database`. `tables`, when given, are the
    /// corpus tables `run` wrote (held by the run that just wrote them): they are used instead of reading the same
    /// rows back from the store.
    public func render(database: SQLiteDatabase, run: Int64? = nil, compare: Comparison = .previous,
                       tables: SummaryRows? = nil) throws -> Output {
        let loader = ReportLoader(database: database)
        let id = try loader.resolveRun(run)
        let previousID: Int64?
        switch compare {
        case .previous: previousID = try loader.previousRun(before: id)
        case .run(let other): previousID = try loader.resolveRun(other)
        case .none: previousID = nil
        }
        let data = try loader.load(run: id, tables: tables)
        let previous = try previousID.map { try loader.load(run: $0, reusedBy: data) }
        let html = ReportBuilder(data: data, previous: previous, map: map, groupNames: groupNames).render()
        return Output(html: html, runID: id, comparedWith: previousID)
    }

    /// Renders like `render` and writes the page atomically to `outputPath`.
    @discardableResult
    public func write(databasePath: String, to outputPath: String, run: Int64? = nil,
                      compare: Comparison = .previous, tables: SummaryRows? = nil) throws -> Output {
        let database = try SQLiteDatabase(path: databasePath, create: false)
        let output = try render(database: database, run: run, compare: compare, tables: tables)
        try AtomicFile.write(output.html, to: outputPath)
        return output
    }

    /// Group display names from a `groups.tsv` (columns `group`, `name`, …); empty when the file is missing.
    static func groupNames(path: String) -> [String: String] {
        guard let bytes = try? FileBytes.read(path: path).bytes else { return [:] }
        var names: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count >= 2, !fields[1].isEmpty { names[String(fields[0])] = String(fields[1]) }
        }
        return names
    }
}
