/// The periods on a timeline's axis: every period from the first to the last with data, so that empty months
/// (or weeks, days) show as gaps instead of being left out; `unknown` (undated) stays last.
enum TimelineAxis {
    /// Most periods filled in; a longer span keeps only the periods with data.
    static let maxFilledPeriods = 400

    /// `periods` (sorted keys of one granularity, as `Period.key` writes them) with the missing ones in between.
    static func filled(_ periods: [String]) -> [String] {
        let dated = periods.filter { $0 != Period.unknown }
        let unknown = periods.count - dated.count > 0 ? [Period.unknown] : []
        guard let first = dated.first, let last = dated.last, first != last,
              let (period, startDay) = start(of: first), let (_, endDay) = start(of: last) else { return periods }
        var keys: [String] = []
        var day = startDay
        while day <= endDay {
            let (y, m, d) = DateText.civil(days: day)
            let key = period.key(for: DateField.format(year: y, month: m, day: d))
            if keys.last != key {
                keys.append(key)
                if keys.count > maxFilledPeriods { return periods }
            }
            // A month or week is crossed a day at a time only near its end.
            day += period == .day ? 1 : (period == .week ? 7 : (d < 28 ? 28 - d + 1 : 1))
        }
        return keys + unknown
    }

    /// The granularity of a key and its first day (days since 1970-01-01).
    static func start(of key: String) -> (Period, Int)? {
        let utf8 = Array(key.utf8)
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: utf8[range], as: UTF8.self)) }
        switch utf8.count {
        case 10:
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (.day, DateText.days(year: y, month: m, day: d))
        case 7:
            guard let y = number(0..<4), let m = number(5..<7) else { return nil }
            return (.month, DateText.days(year: y, month: m, day: 1))
        case 8 where utf8[5] == UInt8(ascii: "W"):
            guard let y = number(0..<4), let w = number(6..<8) else { return nil }
            // Monday of ISO week 1 is the Monday on or before 4 January.
            let jan4 = DateText.days(year: y, month: 1, day: 4)
            let weekday = DateText.weekday(days: jan4)   // 0 = Monday
            return (.week, jan4 - weekday + 7 * (w - 1))
        default:
            return nil
        }
    }
}
