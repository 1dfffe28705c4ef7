/// Which JSON keys and CSV columns give which article field, in order of preference (`Datasets/ingest/fields.tsv`).
///
/// Names match without regard to ASCII case; a dotted name (`meta.published`) reaches into nested JSON objects.
public struct FieldNames: Sendable, Equatable {
    /// The article fields a record can give.
    public enum Role: Int, CaseIterable, Sendable, Comparable {
        case text, summary, title, date, id, url, source, dateline, language

        /// The name used in `fields.tsv` and in diagnostics.
        public var name: String {
            switch self {
            case .text: "text"
            case .summary: "summary"
            case .title: "title"
            case .date: "date"
            case .id: "id"
            case .url: "url"
            case .source: "source"
            case .dateline: "dateline"
            case .language: "language"
            }
        }

        public init?(name: String) {
            guard let role = Role.allCases.first(where: { $0.name == name }) else { return nil }
            self = role
        }

        public static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }
    }

    /// One accepted name: the field it gives and its rank among that field's names.
    struct Entry: Sendable, Equatable {
        var role: Role
        var rank: Int
    }

    /// A name's lowercased bytes packed into three words (names up to `packedBytes` long), for lookups without
    /// reference counting.
    struct PackedKey: Sendable, Equatable {
        var words: (UInt64, UInt64, UInt64)
        var count: Int

        static func == (a: PackedKey, b: PackedKey) -> Bool {
            a.count == b.count && a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
        }

        init(words: (UInt64, UInt64, UInt64), count: Int) {
            self.words = words
            self.count = count
        }

        /// The packed lowercase form of `bytes`, or nil when longer than `packedBytes`.
        @inline(__always)
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= FieldNames.packedBytes else { return nil }
            var w: (UInt64, UInt64, UInt64) = (0, 0, 0)
            for i in 0..<bytes.count {
                var b = UInt64(bytes[i])
                if b >= 65 && b <= 90 { b |= 0x20 }
                let shift = UInt64(i & 7) * 8
                switch i >> 3 {
                case 0: w.0 |= b << shift
                case 1: w.1 |= b << shift
                default: w.2 |= b << shift
                }
            }
            words = w
            count = bytes.count
        }
    }

    /// Longest name looked up through `PackedKey`; longer ones are compared byte by byte.
    static let packedBytes = 24

    /// Names per role, in order of preference, as written.
    public private(set) var names: [[String]] = Array(repeating: [], count: Role.allCases.count)
    /// Roles whose names were given on the command line: all of them are joined (text) instead of the first found.
    public private(set) var overridden: Set<Role> = []
    private(set) var entries: [Entry] = []
    /// Each entry's lowercased bytes.
    private(set) var entryBytes: [[UInt8]] = []
    /// Each entry's packed key (count 0 for a name longer than `packedBytes`).
    private var packed: [PackedKey] = []
    /// Longest name, in bytes: longer keys are never looked up.
    private(set) var maxNameBytes = 0
    /// Whether any name is a dotted path (only then are nested objects searched).
    private(set) var hasPaths = false

    /// Each role named by itself (`text`, `title`, …): what a reader uses when no list was loaded.
    public static let roleNames: FieldNames = {
        var f = FieldNames()
        for role in Role.allCases where role != .summary { f.add(role.name, role: role) }
        return f
    }()

    public init() {}

    private mutating func add(_ name: String, role: Role) {
        let bytes = Array(name.lowercased().utf8)
        entries.append(Entry(role: role, rank: names[role.rawValue].count))
        entryBytes.append(bytes)
        packed.append(bytes.withUnsafeBufferPointer { PackedKey($0) } ?? PackedKey(words: (0, 0, 0), count: 0))
        names[role.rawValue].append(name)
        maxNameBytes = max(maxNameBytes, bytes.count)
        if bytes.contains(UInt8(ascii: ".")) { hasPaths = true }
    }

    /// Replaces the names of `role` (a command-line option); several text names are joined in the order given, and
    /// named text fields replace the summary fallback too. A name may give several fields (`--text-field title`).
    public mutating func override(_ role: Role, with list: [String]) {
        let dropped: Set<Role> = role == .text ? [.text, .summary] : [role]
        let kept = entries.filter { !dropped.contains($0.role) }.map { (names[$0.role.rawValue][$0.rank], $0.role) }
        let marked = overridden.union([role])
        self = FieldNames()
        overridden = marked
        for (name, r) in kept { add(name, role: r) }
        for name in list { add(name, role: role) }
    }

    /// Calls `body` with each entry naming `key` (or a dotted path), compared without ASCII case.
    /// - Complexity: O(number of names) byte comparisons, no allocation.
    @inline(__always)
    func forEachEntry(for key: UnsafeBufferPointer<UInt8>, _ body: (Entry) -> Void) {
        guard key.count <= maxNameBytes, !key.isEmpty else { return }
        if let wanted = PackedKey(key) {
            packed.withUnsafeBufferPointer { keys in
                for i in 0..<keys.count where keys[i] == wanted { body(entries[i]) }
            }
            return
        }
        outer: for (i, bytes) in entryBytes.enumerated() where bytes.count == key.count {
            for k in 0..<key.count {
                let b = key[k]
                if (b >= 65 && b <= 90 ? b | 0x20 : b) != bytes[k] { continue outer }
            }
            body(entries[i])
        }
    }

    /// True when some dotted name continues below `path` (lowercased bytes, no trailing dot).
    func descends(into path: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hasPaths, path.count < maxNameBytes else { return false }
        outer: for bytes in entryBytes where bytes.count > path.count && bytes[path.count] == UInt8(ascii: ".") {
            for i in 0..<path.count {
                let b = path[i]
                if (b >= 65 && b <= 90 ? b | 0x20 : b) != bytes[i] { continue outer }
            }
            return true
        }
        return false
    }

    /// The text names, then the summary names, quoted, for messages.
    public var textNamesList: String {
        (names[Role.text.rawValue] + names[Role.summary.rawValue]).map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// The name of `role` with `rank`.
    public func name(_ role: Role, rank: Int) -> String { names[role.rawValue][rank] }

    /// Loads `fields.tsv` (header `field<TAB>name`, `#` comments); every problem is listed with `file:line`.
    public static func load(path: String) throws -> FieldNames {
        let (bytes, _) = try FileBytes.read(path: path)
        var f = FieldNames()
        var problems: [String] = []
        var header = false
        var seen: [String: Int] = [:]
        for (index, raw) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingSpaces().isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            let at = "\(path):\(index + 1)"
            if !header {
                header = true
                if cells != ["field", "name"] { problems.append("\(at): header must be \"field<TAB>name\"") }
                continue
            }
            guard cells.count == 2, !cells[1].isEmpty else { problems.append("\(at): expected two columns, field and name"); continue }
            guard let role = Role(name: cells[0]) else {
                problems.append("\(at): unknown field \"\(cells[0])\" (known: \(Role.allCases.map(\.name).joined(separator: ", ")))")
                continue
            }
            let key = cells[1].lowercased()
            if let first = seen[key] { problems.append("\(at): name \"\(cells[1])\" already listed on line \(first)"); continue }
            seen[key] = index + 1
            f.add(cells[1], role: role)
        }
        if !header { problems.append("\(path): empty file (expected a header \"field<TAB>name\")") }
        for role in [Role.text, .title] where f.names[role.rawValue].isEmpty { problems.append("\(path): no \(role.name) names listed") }
        if !problems.isEmpty { throw FieldNamesError(problems: problems) }
        return f
    }
}

/// Problems in a field-name list, each with `file:line`.
public struct FieldNamesError: Error, CustomStringConvertible, Sendable {
    public let problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
