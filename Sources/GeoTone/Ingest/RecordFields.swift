/// The article fields of one JSON or CSV record, each from the best-ranked name present (`FieldNames`).
struct RecordFields: Equatable, Sendable {
    /// Value of each role (`FieldNames.Role` order); nil when absent. Inline storage: no allocation per record.
    private(set) var values = InlineArray<9, String?>(repeating: nil)
    /// Rank of the name each value came from (lower is preferred).
    private(set) var ranks = InlineArray<9, Int>(repeating: Int.max)
    /// Text fields named on the command line, by rank, all joined.
    private(set) var textParts: [(rank: Int, text: String)] = []

    static func == (a: RecordFields, b: RecordFields) -> Bool {
        (0..<9).allSatisfy { a.values[$0] == b.values[$0] && a.ranks[$0] == b.ranks[$0] }
            && a.textParts.map(\.text) == b.textParts.map(\.text)
    }

    /// Offers `value` for `entry`'s role: kept unless a better-ranked name was kept before (a repeated name: the
    /// last one); joined text is kept alongside.
    mutating func offer(_ entry: FieldNames.Entry, _ value: String, joinText: Bool) {
        let r = entry.role.rawValue
        if joinText && entry.role == .text {
            textParts.append((entry.rank, value))
            ranks[r] = min(ranks[r], entry.rank)
            return
        }
        if entry.rank <= ranks[r] {
            values[r] = value
            ranks[r] = entry.rank
        }
    }

    subscript(role: FieldNames.Role) -> String? { values[role.rawValue] }

    /// The text: the text field, the named text fields joined by blank lines, else the summary field.
    var text: String? {
        if !textParts.isEmpty {
            let parts = textParts.sorted { $0.rank < $1.rank }.map(\.text).filter { !$0.trimmingSpaces().isEmpty }
            return parts.joined(separator: "\n\n")
        }
        return values[FieldNames.Role.text.rawValue] ?? values[FieldNames.Role.summary.rawValue]
    }

    var id: String? { self[.id] }
    var title: String? { self[.title] }
    var date: String? { self[.date] }
    var dateline: String? { self[.dateline] }
    var source: String? { self[.source] }
    var url: String? { self[.url] }
    var language: String? { self[.language] }
}
