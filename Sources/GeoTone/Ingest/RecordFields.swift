/// The named fields of one JSONL or CSV record that can become article fields; nil when absent.
///
/// A fixed struct instead of a `[String: String]` per record: no hashing, and fields geotone does not read
/// are never turned into strings.
struct RecordFields: Equatable, Sendable {
    /// The field names geotone reads (JSON keys, lowercased CSV header names).
    enum Name: String, CaseIterable, Sendable {
        case id, title, text, date, dateline, source, url

        /// The name spelled by `key` (exact, case-sensitive bytes), or nil for any other key.
        init?(key: UnsafeBufferPointer<UInt8>) {
            guard key.count <= 8, !key.isEmpty else { return nil }
            var packed: UInt64 = 0
            for b in key { packed = packed << 8 | UInt64(b) }
            guard let index = Self.packedNames.firstIndex(of: packed) else { return nil }
            self = Self.allCases[index]
        }

        /// Each name's bytes (all at most eight) packed into one word, in `allCases` order.
        private static let packedNames: [UInt64] = allCases.map { name in
            name.rawValue.utf8.reduce(0) { $0 << 8 | UInt64($1) }
        }
    }

    var id: String?
    var title: String?
    var text: String?
    var date: String?
    var dateline: String?
    var source: String?
    var url: String?

    subscript(name: Name) -> String? {
        get {
            switch name {
            case .id: id
            case .title: title
            case .text: text
            case .date: date
            case .dateline: dateline
            case .source: source
            case .url: url
            }
        }
        set {
            switch name {
            case .id: id = newValue
            case .title: title = newValue
            case .text: text = newValue
            case .date: date = newValue
            case .dateline: dateline = newValue
            case .source: source = newValue
            case .url: url = newValue
            }
        }
    }
}
