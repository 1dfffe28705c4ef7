/// Reads the `date` field of JSONL and CSV articles into ISO `yyyy-mm-dd`.
public enum DateField {
    /// `yyyy-mm-dd` for an ISO date or timestamp (`2023-02-28`, `2023-02-28T10:00:00Z`, `2023/02/28`,
    /// `20230228`), nil when the text is not a date geotone can read.
    public static func isoDate(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for i in range {
                guard bytes[i] >= 48, bytes[i] <= 57 else { return nil }
                value = value * 10 + Int(bytes[i] - 48)
            }
            return value
        }
        var year: Int?, month: Int?, day: Int?
        if bytes.count >= 10, bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/") {
            year = digits(0..<4); month = digits(5..<7); day = digits(8..<10)
        } else if bytes.count >= 8 {
            year = digits(0..<4); month = digits(4..<6); day = digits(6..<8)
            if text.utf8.count > 8, let next = text.utf8.dropFirst(8).first, next >= 48, next <= 57 { return nil }
        }
        guard let y = year, let m = month, let d = day, valid(year: y, month: m, day: d) else { return nil }
        // Already `yyyy-mm-dd` (a valid year has four digits, month and day were read from two each): as it is.
        if bytes[4] == UInt8(ascii: "-") && bytes.count == 10 {
            return text.utf8.count == 10 ? text : String(decoding: bytes, as: UTF8.self)
        }
        return format(year: y, month: m, day: d)
    }

    /// True for a real calendar date between 1800 and 2200.
    public static func valid(year: Int, month: Int, day: Int) -> Bool {
        guard (1800...2200).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day <= (month == 2 ? (leap ? 29 : 28) : monthLengths[month - 1])
    }

    /// Days per month in a common year.
    static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// `yyyy-mm-dd` with zero padding.
    public static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
