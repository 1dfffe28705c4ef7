/// Numbers and text written for people: thousands separators, fixed decimals, a real minus sign, HTML escaping.
///
/// Locale-free and deterministic; every number in the report goes through here.
public enum ReportFormat {
    /// The minus sign used in displayed numbers (U+2212).
    public static let minus = "\u{2212}"

    /// ``count(_:)`` of a total a run may not have recorded (0 then).
    static func count(_ n: Int?) -> String { count(n ?? 0) }

    /// `value` with a thin-space-free comma thousands separator: `12,345`.
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, ch) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? minus + out : out
    }

    /// A fraction as a percentage with `decimals` places: `0.2693` → `26.9%`.
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        number(fraction * 100, decimals: decimals) + "%"
    }

    /// A number with `decimals` places and a real minus sign; `n/a` when absent.
    public static func number(_ value: Double?, decimals: Int) -> String {
        guard let value else { return "n/a" }
        let text = NumberFormatting.fixed(value, decimals: decimals)
        return text.hasPrefix("-") ? minus + text.dropFirst() : text
    }

    /// A sentiment or change with an explicit sign: `+0.09`, `−0.12`, `0.00`.
    public static func signed(_ value: Double?, decimals: Int = 2) -> String {
        guard let value else { return "n/a" }
        let text = number(value, decimals: decimals)
        if text.hasPrefix(minus) || NumberFormatting.fixed(abs(value), decimals: decimals) == NumberFormatting.fixed(0, decimals: decimals) {
            return text
        }
        return "+" + text
    }

    /// A signed change in percentage points with as many decimals as it takes not to read as zero (1, up to 3):
    /// a bar that is drawn is never labelled `0.0`.
    public static func signedPoints(_ value: Double) -> String {
        var decimals = 1
        while decimals < 3 && value != 0 && NumberFormatting.fixed(abs(value), decimals: decimals) == NumberFormatting.fixed(0, decimals: decimals) {
            decimals += 1
        }
        return signed(value, decimals: decimals)
    }

    /// A signed integer change: `+3`, `−2`, `0`.
    public static func signedCount(_ value: Int) -> String { value > 0 ? "+" + count(value) : count(value) }

    /// A coordinate for SVG: one decimal, trailing `.0` dropped, ASCII minus.
    public static func coordinate(_ value: Double) -> String {
        let text = NumberFormatting.fixed(value, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `text` safe inside HTML/SVG element content and double-quoted attributes.
    public static func escape(_ text: String) -> String {
        // The five characters are ASCII, so bytes are replaced one for one and the rest of the
        // UTF-8 is copied as it is; most texts (names, numbers) need nothing and come back unchanged.
        guard text.utf8.contains(where: { needsEscape($0) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `byte` is one of the characters ``escape(_:)`` replaces.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
