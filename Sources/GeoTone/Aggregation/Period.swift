/// The time bucket of the timeline.
public enum Period: String, Sendable, CaseIterable {
    case day, week, month

    /// The key used for undated articles.
    public static let unknown = "unknown"

    /// `2023-02-28`, ISO week `2023-W09`, or `2023-02`; `unknown` without a date.
    public func key(for date: String?) -> String {
        guard var date, date.utf8.count == 10 else { return Self.unknown }
        // Year, month and day read from the bytes as `Int(_:)` reads the three fields (an optional sign, then
        // ASCII digits), without Substrings.
        let fields: (year: Int, month: Int, day: Int)? = date.withUTF8 { bytes in
            func number(_ start: Int, _ end: Int) -> Int? {
                var i = start, negative = false
                if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                    negative = bytes[i] == UInt8(ascii: "-")
                    i += 1
                    guard i < end else { return nil }
                }
                var value = 0
                while i < end {
                    let digit = bytes[i] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                    i += 1
                }
                return negative ? -value : value
            }
            guard let year = number(0, 4), let month = number(5, 7), let day = number(8, 10) else { return nil }
            return (year, month, day)
        }
        guard let (year, month, day) = fields else { return Self.unknown }
        switch self {
        case .day: return date
        case .month: return String(date.prefix(7))
        case .week:
            let (weekYear, week) = Self.isoWeek(year: year, month: month, day: day)
            return "\(weekYear)-W\(week < 10 ? "0" : "")\(week)"
        }
    }

    /// ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the year's first Thursday).
    static func isoWeek(year: Int, month: Int, day: Int) -> (year: Int, week: Int) {
        let days = DateText.days(year: year, month: month, day: day)
        let weekday = DateText.weekday(days: days) + 1          // 1 = Monday … 7 = Sunday
        let thursday = days - weekday + 4
        let thursdayYear = DateText.civil(days: thursday).year
        let firstDay = DateText.days(year: thursdayYear, month: 1, day: 1)
        return (thursdayYear, (thursday - firstDay) / 7 + 1)
    }
}
