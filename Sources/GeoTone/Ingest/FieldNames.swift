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

    /// The lookup tables, shared by every copy (a reader copies its `FieldNames` once per record).
    private final class Table: Sendable {
        /// Every name with its field, in the order added.
        let pairs: [(name: String, role: Role)]
        let overridden: Set<Role>
        /// `--text-field` named the text: every named text field is joined (read once per run, not per record).
        let joinsText: Bool
        let names: [[String]]
        let entries: [Entry]
        let entryBytes: [[UInt8]]
        /// Packed keys sorted by length; `lengthStart[n]..<lengthStart[n + 1]` are those of length `n`.
        let packed: [PackedKey]
        let packedEntry: [Int]
        let lengthStart: [Int]
        let maxNameBytes: Int
        let hasPaths: Bool
        /// The distinct parts of dotted names before one of their dots (`source` of `source.name`), lower case, and
        /// a bit per length they have (bit n: some part has n bytes; lengths of 64 and more share bit 63).
        let pathPrefixes: [[UInt8]]
        let pathPrefixLengths: UInt64

        init(pairs: [(name: String, role: Role)], overridden: Set<Role>) {
            self.pairs = pairs
            self.overridden = overridden
            joinsText = overridden.contains(.text)
            var names: [[String]] = Array(repeating: [], count: Role.allCases.count)
            var entries: [Entry] = [], entryBytes: [[UInt8]] = []
            for (name, role) in pairs {
                entries.append(Entry(role: role, rank: names[role.rawValue].count))
                names[role.rawValue].append(name)
                entryBytes.append(Array(name.lowercased().utf8))
            }
            self.names = names
            self.entries = entries
            self.entryBytes = entryBytes
            maxNameBytes = entryBytes.map(\.count).max() ?? 0
            hasPaths = entryBytes.contains { $0.contains(UInt8(ascii: ".")) }
            var prefixes: [[UInt8]] = []
            for bytes in entryBytes {
                for (i, b) in bytes.enumerated() where b == UInt8(ascii: ".") && !prefixes.contains(Array(bytes[..<i])) {
                    prefixes.append(Array(bytes[..<i]))
                }
            }
            pathPrefixes = prefixes
            pathPrefixLengths = prefixes.reduce(0) { $0 | 1 << UInt64(min($1.count, 63)) }
            let short = entryBytes.indices.filter { entryBytes[$0].count <= FieldNames.packedBytes }
                .sorted { (entryBytes[$0].count, $0) < (entryBytes[$1].count, $1) }
            packed = short.map { i in entryBytes[i].withUnsafeBufferPointer { PackedKey($0)! } }
            packedEntry = short
            var starts = [Int](repeating: short.count, count: FieldNames.packedBytes + 2)
            for (k, i) in short.enumerated().reversed() { starts[entryBytes[i].count] = k }
            for n in stride(from: FieldNames.packedBytes, through: 0, by: -1) where starts[n] > starts[n + 1] { starts[n] = starts[n + 1] }
            lengthStart = starts
        }
    }

    private var table = Table(pairs: [], overridden: [])

    /// Names per role, in order of preference, as written.
    public var names: [[String]] { table.names }
    /// Roles whose names were given on the command line: all of them are joined (text) instead of the first found.
    public var overridden: Set<Role> { table.overridden }
    /// Whether `--text-field` named the text fields (they are then joined).
    var joinsText: Bool { table.joinsText }
    var entries: [Entry] { table.entries }
    /// Whether any name is a dotted path (only then are nested objects searched).
    var hasPaths: Bool { table.hasPaths }

    public static func == (a: FieldNames, b: FieldNames) -> Bool {
        a.table === b.table || (a.table.pairs.map(\.name) == b.table.pairs.map(\.name)
            && a.table.pairs.map(\.role) == b.table.pairs.map(\.role) && a.overridden == b.overridden)
    }

    /// Each role named by itself (`text`, `title`, …): what a reader uses when no list was loaded.
    public static let roleNames = FieldNames(pairs: Role.allCases.filter { $0 != .summary }.map { ($0.name, $0) })

    public init() {}

    init(pairs: [(name: String, role: Role)], overridden: Set<Role> = []) {
        table = Table(pairs: pairs, overridden: overridden)
    }

    /// Replaces the names of `role` (a command-line option); several text names are joined in the order given, and
    /// named text fields replace the summary fallback too. A name may give several fields (`--text-field title`).
    public mutating func override(_ role: Role, with list: [String]) {
        let dropped: Set<Role> = role == .text ? [.text, .summary] : [role]
        let kept = table.pairs.filter { !dropped.contains($0.role) }
        table = Table(pairs: kept + list.map { ($0, role) }, overridden: overridden.union([role]))
    }

    /// Calls `body` with each entry naming `key` (or a dotted path), compared without ASCII case.
    /// - Complexity: O(names of the key's length) word comparisons, no allocation or reference counting.
    @inline(__always)
    func forEachEntry(for key: UnsafeBufferPointer<UInt8>, _ body: (Entry) -> Void) {
        let t = table
        guard key.count <= t.maxNameBytes, !key.isEmpty else { return }
        if let wanted = PackedKey(key) {
            let range = t.lengthStart[key.count]..<t.lengthStart[key.count + 1]
            for k in range where t.packed[k] == wanted { body(t.entries[t.packedEntry[k]]) }
            return
        }
        outer: for (i, bytes) in t.entryBytes.enumerated() where bytes.count == key.count {
            for k in 0..<key.count {
                let b = key[k]
                if (b >= 65 && b <= 90 ? b | 0x20 : b) != bytes[k] { continue outer }
            }
            body(t.entries[i])
        }
    }

    /// True when some dotted name continues below `path` (compared without ASCII case, no trailing dot).
    /// - Complexity: one bit test for most keys (no part of a dotted name has their length), else a comparison with
    ///   the parts of that length: a record's every key is asked.
    func descends(into path: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = table
        guard t.hasPaths, path.count < t.maxNameBytes,
              t.pathPrefixLengths & (1 << UInt64(min(path.count, 63))) != 0 else { return false }
        outer: for bytes in t.pathPrefixes where bytes.count == path.count {
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
        var pairs: [(name: String, role: Role)] = []
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
            pairs.append((cells[1], role))
        }
        if !header { problems.append("\(path): empty file (expected a header \"field<TAB>name\")") }
        for role in [Role.text, .title] where !pairs.contains(where: { $0.role == role }) {
            problems.append("\(path): no \(role.name) names listed")
        }
        if !problems.isEmpty { throw FieldNamesError(problems: problems) }
        return FieldNames(pairs: pairs)
    }
}

/// Problems in a field-name list, each with `file:line`.
public struct FieldNamesError: Error, CustomStringConvertible, Sendable {
    public let problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
