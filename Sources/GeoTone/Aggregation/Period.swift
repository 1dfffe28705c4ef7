/// The time bucket of the timeline.
public enum Period: String, Sendable, CaseIterable {
    case day, week, month

    /// The key used for undated articles.
    public static let unknown = "unknown"

    /// `2023-02-28`, ISO week `2023-W09`, or `2023-02`; `unknown` without a date.
    public func key(for date: String?) -> String {
        guard let date, date.utf8.count == 10,
              let year = Int(date.prefix(4)), let month = Int(date.dropFirst(5).prefix(2)), let day = Int(date.suffix(2))
        else { return Self.unknown }
        switch self {
        case .day: return date
        case .month: return String(date.prefix(7))
        case .week:
            let (weekYear, week) = Self.isoWeek(year: year, month: month, day: day)
            return "\(weekYear)-W\(week < 10 ? "0" : "")\(week)"
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        DateText.days(year: year, month: month, day: day)
    }

    /// ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the year's first Thursday).
    static func isoWeek(year: Int, month: Int, day: Int) -> (year: Int, week: Int) {
        let days = daysFromCivil(year: year, month: month, day: day)
        let weekday = ((days % 7) + 7 + 3) % 7 + 1            // 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday)
        let thursday = days - weekday + 4
        let thursdayYear = civilYear(fromDays: thursday)
        let firstDay = daysFromCivil(year: thursdayYear, month: 1, day: 1)
        return (thursdayYear, (thursday - firstDay) / 7 + 1)
    }

    static func civilYear(fromDays days: Int) -> Int {
        DateText.civil(days: days).year
    }
}
