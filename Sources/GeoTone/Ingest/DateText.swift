/// Reads the dates news corpora write, on bytes, into a calendar date.
///
/// Recognised: ISO 8601 dates and datetimes with or without a zone (`2024-03-05`, `2024-03-05T10:00:00.5+02:00`,
/// `2024-03-05 10:00`, `20240305`, `20240305T101500Z`), `2024/03/05`, RFC 2822/1123 (`Tue, 05 Mar 2024 10:00:00 +0000`, `GMT`, US
/// zones), `March 5, 2024`, `Mar. 5, 2024`, `5 March 2024`, `05-MAR-2024 [HH:MM:SS[.ff]]`, Unix epoch seconds
/// (9–10 digits) and milliseconds (12–13 digits), and numeric `05/03/2024`, `5.3.2024`, `05-03-2024` (day and month
/// order: see `DateOrder`). A datetime with a zone is moved to the target zone (UTC unless `--timezone`); a datetime
/// without one keeps its written date.
public enum DateText {
    /// What was read.
    enum Reading: Equatable {
        /// A date.
        case date(year: Int, month: Int, day: Int)
        /// A numeric date whose first two numbers could each be the day (both 1–12 and different).
        case ambiguous(first: Int, second: Int, year: Int)
        /// A numeric date whose order its numbers settle (one above 12).
        case settled(year: Int, month: Int, day: Int, dayFirst: Bool)
    }

    /// Reads `text`; nil when it is not a date in any recognised form.
    /// - Complexity: O(n) on the bytes, no allocation.
    static func read(_ text: String, zoneOffset: Int) -> Reading? {
        var copy = text
        return copy.withUTF8 { bytes in
            var cursor = Cursor(bytes: bytes)
            return cursor.read(zoneOffset: zoneOffset)
        }
    }

    /// Seconds east of UTC of `+05:30`, `-0800`, `+02`, `UTC`, `Z`; nil when not such an offset.
    public static func offset(_ text: String) -> Int? {
        var copy = text.trimmingSpaces()
        return copy.withUTF8 { bytes in
            var cursor = Cursor(bytes: bytes)
            guard let offset = cursor.zone(), cursor.atEnd else { return nil }
            return offset
        }
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The weekday of a day count since 1970-01-01: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    static func weekday(days: Int) -> Int { ((days % 7) + 7 + 3) % 7 }

    /// The civil date of a day count since 1970-01-01.
    static func civil(days z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date in the zone `zoneOffset` of a moment given as a local date and time at `writtenOffset`.
    static func shifted(year: Int, month: Int, day: Int, seconds: Int, writtenOffset: Int, zoneOffset: Int) -> Reading {
        let total = days(year: year, month: month, day: day) * 86_400 + seconds - writtenOffset + zoneOffset
        let (y, m, d) = civil(days: total >= 0 ? total / 86_400 : (total - 86_399) / 86_400)
        return .date(year: y, month: m, day: d)
    }

    /// A position in the bytes of one date.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            skipSpaces()
        }

        var atEnd: Bool { i >= bytes.count }
        func peek(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }
        mutating func skipSpaces() { while let b = peek(), b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { i += 1 } }
        mutating func accept(_ b: UInt8) -> Bool { if peek() == b { i += 1; return true }; return false }

        /// Digits at the cursor as a number, with their count; nil when none (or more than 13).
        mutating func number() -> (value: Int, digits: Int)? {
            var value = 0, digits = 0
            while let b = peek(), b >= 48, b <= 57 {
                guard digits < 13 else { return nil }
                value = value * 10 + Int(b - 48)
                digits += 1
                i += 1
            }
            return digits > 0 ? (value, digits) : nil
        }

        /// Letters at the cursor, as a range.
        mutating func word() -> Range<Int>? {
            let start = i
            while let b = peek(), (b | 0x20) >= 97, (b | 0x20) <= 122 { i += 1 }
            return i > start ? start..<i : nil
        }

        func month(_ w: Range<Int>) -> Int? { Dateline.monthNumber(bytes, w) }

        func isWord(_ w: Range<Int>, _ text: StaticString) -> Bool {
            guard w.count == text.utf8CodeUnitCount else { return false }
            for (k, j) in w.enumerated() where bytes[j] | 0x20 != text.utf8Start[k] | 0x20 { return false }
            return true
        }

        static let weekdays: [StaticString] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday", "sunday", "tues", "thur", "thurs"]

        /// The whole text as one date.
        mutating func read(zoneOffset: Int) -> Reading? {
            let start = i
            if let (n, digits) = number() {
                if atEnd {
                    switch digits {
                    case 8: return checked(n / 10_000, n / 100 % 100, n % 100)
                    case 9, 10: return epoch(seconds: n, zoneOffset: zoneOffset)
                    case 12, 13: return epoch(seconds: n / 1000, zoneOffset: zoneOffset)
                    default: return nil
                    }
                }
                if digits == 8, let t = peek(), t | 0x20 == UInt8(ascii: "t") {   // ISO 8601 basic: 20240305T101500Z (GDELT)
                    i += 1
                    let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100)
                    guard DateField.valid(year: y, month: m, day: d), let (hms, hd) = number(), hd == 4 || hd == 6 else { return nil }
                    let (h, mi, sec) = hd == 6 ? (hms / 10_000, hms / 100 % 100, hms % 100) : (hms / 100, hms % 100, 0)
                    guard h < 24, mi < 60, sec <= 60 else { return nil }
                    if atEnd { return .date(year: y, month: m, day: d) }
                    guard let written = zone(), atEnd else { return nil }
                    return shifted(year: y, month: m, day: d, seconds: h * 3600 + mi * 60 + sec, writtenOffset: written, zoneOffset: zoneOffset)
                }
                if digits == 4, let sep = peek(), sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") {
                    i += 1
                    guard let (m, md) = number(), md <= 2, accept(sep), let (d, dd) = number(), dd <= 2 else { return nil }
                    return dateTime(n, m, d, zoneOffset: zoneOffset)
                }
                guard digits <= 2 else { return nil }
                if let sep = peek(), sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") {
                    i += 1
                    if let w = word() {   // 05-MAR-2024 [15:01:01.79]
                        guard let m = month(w), accept(sep), let (y, yd) = number(), yd == 4 else { return nil }
                        return dateTime(y, m, n, zoneOffset: zoneOffset)
                    }
                    guard let (b, bd) = number(), bd <= 2, accept(sep), let (y, yd) = number(), yd == 4 else { return nil }
                    skipTime()
                    guard atEnd else { return nil }
                    if n == b { return checked(y, n, b) }
                    if n > 12 || b > 12 {   // settled: the number above 12 is the day
                        let (m, d) = n > 12 ? (b, n) : (n, b)
                        guard DateField.valid(year: y, month: m, day: d) else { return nil }
                        return .settled(year: y, month: m, day: d, dayFirst: n > 12)
                    }
                    guard DateField.valid(year: y, month: n, day: b) else { return nil }
                    return .ambiguous(first: n, second: b, year: y)
                }
                i = start
            }
            // [Weekday,] (DD Month YYYY | Month DD, YYYY) [time] [zone]
            if let w = word(), Self.weekdays.contains(where: { isWord(w, $0) }) {
                _ = accept(UInt8(ascii: ","))
                skipSpaces()
            } else {
                i = start
            }
            let dateStart = i
            if let (d, dd) = number(), dd <= 2 {
                skipSpaces()
                _ = accept(UInt8(ascii: "-"))
                guard let w = word(), let m = month(w) else { return nil }
                _ = accept(UInt8(ascii: "."))
                skipSpaces()
                _ = accept(UInt8(ascii: "-"))
                guard let (y, yd) = number(), yd == 4 || yd == 2 else { return nil }
                return dateTime(yd == 2 ? 1900 + y + (y < 50 ? 100 : 0) : y, m, d, zoneOffset: zoneOffset, spaced: true)
            }
            i = dateStart
            guard let w = word(), let m = month(w) else { return nil }
            _ = accept(UInt8(ascii: "."))
            skipSpaces()
            guard let (d, dd) = number(), dd <= 2 else { return nil }
            if let b = peek(), b | 0x20 == UInt8(ascii: "s") || b | 0x20 == UInt8(ascii: "n") || b | 0x20 == UInt8(ascii: "r") || b | 0x20 == UInt8(ascii: "t") {
                _ = word()   // 1st, 2nd, 3rd, 4th
            }
            _ = accept(UInt8(ascii: ","))
            skipSpaces()
            guard let (y, yd) = number(), yd == 4 else { return nil }
            return dateTime(y, m, d, zoneOffset: zoneOffset, spaced: true)
        }

        func checked(_ y: Int, _ m: Int, _ d: Int) -> Reading? {
            DateField.valid(year: y, month: m, day: d) ? .date(year: y, month: m, day: d) : nil
        }

        func epoch(seconds: Int, zoneOffset: Int) -> Reading? {
            let (y, m, d) = civil(days: (seconds + zoneOffset) / 86_400)
            return checked(y, m, d)
        }

        /// After the date: an optional time (`T10:00`, ` 15:01:01.79`, `10:00 PM`) and zone, then the end.
        mutating func dateTime(_ y: Int, _ m: Int, _ d: Int, zoneOffset: Int, spaced: Bool = false) -> Reading? {
            guard DateField.valid(year: y, month: m, day: d) else { return nil }
            _ = accept(UInt8(ascii: ","))
            skipSpaces()
            if atEnd { return .date(year: y, month: m, day: d) }
            if peek() == UInt8(ascii: "T") || peek() == UInt8(ascii: "t") { i += 1 }
            guard let seconds = time() else { return nil }
            skipSpaces()
            if atEnd { return .date(year: y, month: m, day: d) }
            guard let written = zone() else { return nil }
            skipSpaces()
            guard atEnd else { return nil }
            return shifted(year: y, month: m, day: d, seconds: seconds, writtenOffset: written, zoneOffset: zoneOffset)
        }

        /// `HH:MM[:SS[.fff]] [AM|PM]` as seconds into the day.
        mutating func time() -> Int? {
            guard let (h, hd) = number(), hd <= 2, accept(UInt8(ascii: ":")), let (mi, md) = number(), md == 2 else { return nil }
            var s = 0
            if accept(UInt8(ascii: ":")) {
                guard let (sec, sd) = number(), sd == 2 else { return nil }
                s = sec
                if accept(UInt8(ascii: ".")) || accept(UInt8(ascii: ",")) { guard number() != nil else { return nil } }
            }
            var hour = h
            let mark = i
            skipSpaces()
            if let w = word() {
                if isWord(w, "pm") { hour = h % 12 + 12 } else if isWord(w, "am") { hour = h % 12 } else { i = mark }
            } else {
                i = mark
            }
            guard hour < 24, mi < 60, s <= 60 else { return nil }
            return hour * 3600 + mi * 60 + s
        }

        /// `Z`, `±hh[:mm]`, `±hhmm`, `UTC`, `GMT`, `UT` or a US zone, as seconds east of UTC.
        mutating func zone() -> Int? {
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                i += 1
                guard let (v, digits) = number() else { return nil }
                var hours = v, minutes = 0
                if digits == 4 { hours = v / 100; minutes = v % 100 } else if digits <= 2, accept(UInt8(ascii: ":")) {
                    guard let (mm, md) = number(), md == 2 else { return nil }
                    minutes = mm
                } else if digits > 2 { return nil }
                guard hours <= 14, minutes < 60 else { return nil }
                return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
            }
            guard let w = word() else { return nil }
            let zones: [(StaticString, Int)] = [("z", 0), ("utc", 0), ("gmt", 0), ("ut", 0), ("est", -5), ("edt", -4),
                                                ("cst", -6), ("cdt", -5), ("mst", -7), ("mdt", -6), ("pst", -8), ("pdt", -7)]
            guard let hours = zones.first(where: { isWord(w, $0.0) })?.1 else { return nil }
            if hours == 0, let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { return zone() }   // GMT+02:00
            return hours * 3600
        }

        /// Skips an optional time after a numeric date.
        mutating func skipTime() {
            let mark = i
            skipSpaces()
            if atEnd { return }
            if time() == nil { i = mark; return }
            skipSpaces()
            if !atEnd, zone() == nil { i = mark }
        }
    }
}
