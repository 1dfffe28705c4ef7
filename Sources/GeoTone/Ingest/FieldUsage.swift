/// Which names gave which article field in one file, reported once per file (and so stored with the run).
struct FieldUsage {
    /// Per role, a bit per rank of the names used (ranks 0–63).
    private var used = Array(repeating: UInt64(0), count: FieldNames.Role.allCases.count)

    mutating func note(_ fields: RecordFields) {
        for role in FieldNames.Role.allCases {
            let rank = fields.ranks[role.rawValue]
            if rank < 64 { used[role.rawValue] |= 1 << UInt64(rank) }
        }
    }

    /// `text ← body, title ← headline, date ← date`; nil when nothing was used.
    func summary(_ names: FieldNames) -> String? {
        var parts: [String] = []
        for role in FieldNames.Role.allCases where used[role.rawValue] != 0 {
            let list = (0..<64).filter { used[role.rawValue] & (1 << UInt64($0)) != 0 }.map { names.name(role, rank: $0) }
            parts.append("\(role.name) ← \(list.joined(separator: " + "))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The info diagnostic naming the fields used, or none.
    func report(_ names: FieldNames, path: String, kind: String, report: (Diagnostic) -> Void) {
        guard let text = summary(names) else { return }
        report(Diagnostic(.info, "fields-used", path: path, "\(kind) read as article fields: \(text)"))
    }
}
