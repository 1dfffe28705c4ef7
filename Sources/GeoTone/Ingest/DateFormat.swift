/// A `strptime`-style date format (`--date-format`), read in Swift on bytes.
///
/// Directives: `%Y` year, `%y` two-digit year (1950–2049), `%m` month, `%d` / `%e` day, `%b` / `%B` / `%h` month
/// name, `%a` / `%A` weekday name (skipped), `%H` `%I` `%M` `%S` time, `%p` AM/PM, `%f` fraction digits, `%z`
/// UTC offset (`+0200`, `+02:00`, `Z`), `%Z` zone name (`UTC`, `GMT`, US zones), `%F` = `%Y-%m-%d`, `%T` = `%H:%M:%S`,
/// `%D` = `%m/%d/%y`, `%%`; a space matches any run of spaces; any other character matches itself (any case).
public struct DateFormat: Sendable, Equatable {
    public let pattern: String

    /// The directives this reader knows.
    static let directives: Set<UInt8> = Set("YymdebBhaAHIMSpfzZFTD%".utf8)

    /// A format, or nil when it uses a directive not listed above.
    public init?(_ pattern: String) {
        var expanded = pattern.replacingAll("%F", "%Y-%m-%d").replacingAll("%T", "%H:%M:%S").replacingAll("%D", "%m/%d/%y")
        let bytes = Array(expanded.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                guard i + 1 < bytes.count, Self.directives.contains(bytes[i + 1]) else { return nil }
                i += 2
            } else { i += 1 }
        }
        expanded = String(decoding: bytes, as: UTF8.self)
        self.pattern = expanded
    }

    /// Reads `text`: the date, seconds into the day, and the written UTC offset when the format has `%z` / `%Z`.
    func parse(_ text: String) -> (year: Int, month: Int, day: Int, seconds: Int, offset: Int?)? {
        var copy = text
        var format = pattern
        return copy.withUTF8 { t in format.withUTF8 { f in parse(t, f) } }
    }

    private func parse(_ t: UnsafeBufferPointer<UInt8>, _ f: UnsafeBufferPointer<UInt8>)
        -> (year: Int, month: Int, day: Int, seconds: Int, offset: Int?)? {
        var cursor = DateText.Cursor(bytes: t)
        var year: Int?, month: Int?, day: Int?, hour = 0, minute = 0, second = 0, pm: Bool?, offset: Int?
        var k = 0
        func digits(_ most: Int) -> Int? {
            var value = 0, n = 0
            while n < most, let b = cursor.peek(), b >= 48, b <= 57 { value = value * 10 + Int(b - 48); n += 1; cursor.i += 1 }
            return n > 0 ? value : nil
        }
        while k < f.count {
            let c = f[k]
            if c == 0x20 { cursor.skipSpaces(); k += 1; continue }
            if c != UInt8(ascii: "%") {
                guard let b = cursor.peek(), b | 0x20 == c | 0x20 else { return nil }
                cursor.i += 1
                k += 1
                continue
            }
            let d = f[k + 1]
            k += 2
            switch d {
            case UInt8(ascii: "Y"): guard let v = digits(4) else { return nil }; year = v
            case UInt8(ascii: "y"): guard let v = digits(2) else { return nil }; year = v < 50 ? 2000 + v : 1900 + v
            case UInt8(ascii: "m"): guard let v = digits(2) else { return nil }; month = v
            case UInt8(ascii: "d"), UInt8(ascii: "e"): cursor.skipSpaces(); guard let v = digits(2) else { return nil }; day = v
            case UInt8(ascii: "H"), UInt8(ascii: "I"): guard let v = digits(2) else { return nil }; hour = v
            case UInt8(ascii: "M"): guard let v = digits(2) else { return nil }; minute = v
            case UInt8(ascii: "S"): guard let v = digits(2) else { return nil }; second = v
            case UInt8(ascii: "f"): guard digits(9) != nil else { return nil }
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "h"):
                guard let w = cursor.word(), let m = cursor.month(w) else { return nil }
                month = m
            case UInt8(ascii: "a"), UInt8(ascii: "A"):
                guard cursor.word() != nil else { return nil }
            case UInt8(ascii: "p"):
                guard let w = cursor.word(), cursor.isWord(w, "am") || cursor.isWord(w, "pm") else { return nil }
                pm = cursor.isWord(w, "pm")
            case UInt8(ascii: "z"), UInt8(ascii: "Z"):
                guard let z = cursor.zone() else { return nil }
                offset = z
            default:   // %%
                guard cursor.accept(UInt8(ascii: "%")) else { return nil }
            }
        }
        cursor.skipSpaces()
        guard cursor.atEnd, let year, let month, let day, DateField.valid(year: year, month: month, day: day) else { return nil }
        if let pm { hour = hour % 12 + (pm ? 12 : 0) }
        guard hour < 24, minute < 60, second <= 60 else { return nil }
        return (year, month, day, hour * 3600 + minute * 60 + second, offset)
    }
}

extension String {
    /// Every occurrence of `target` replaced with `replacement`.
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
