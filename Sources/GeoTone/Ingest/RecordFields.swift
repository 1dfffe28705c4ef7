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
            let candidate: Name
            switch key.count {
            case 2: candidate = .id
            case 3: candidate = .url
            case 4: candidate = key[0] == UInt8(ascii: "t") ? .text : .date
            case 5: candidate = .title
            case 6: candidate = .source
            case 8: candidate = .dateline
            default: return nil
            }
            guard key.elementsEqual(candidate.rawValue.utf8) else { return nil }
            self = candidate
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
