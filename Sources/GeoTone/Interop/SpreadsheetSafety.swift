/// Keeps text cells from being run as formulas by spreadsheets (OWASP's CSV-injection advice).
public enum SpreadsheetSafety {
    /// First characters that make a spreadsheet treat a cell as a formula.
    static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// `value` with a leading `'` when it starts with `=`, `+`, `-`, `@`, tab or carriage return.
    public static func neutralized(_ value: String) -> String {
        guard let first = value.utf8.first, triggers.contains(first) else { return value }
        return "'" + value
    }
}
