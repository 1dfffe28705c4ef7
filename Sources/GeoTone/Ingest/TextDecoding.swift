/// A text encoding of input files (`--encoding`).
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8", windows1252 = "windows-1252", latin1 = "latin-1", utf16 = "utf-16"

    /// The encoding named `name` (`utf8`, `cp1252`, `iso-8859-1` and similar spellings too).
    public init?(name: String) {
        switch name.lowercased().replacingAll("_", "-") {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win-1252": self = .windows1252
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1": self = .latin1
        case "utf-16", "utf16": self = .utf16
        default: return nil
        }
    }
}

/// Turns raw file bytes into text: BOM handling, UTF-16 transcoding, invalid UTF-8 replaced and reported.
public enum TextDecoding {
    /// Windows-1252's characters for bytes 0x80–0x9F (0 where the code page leaves a byte undefined).
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// True when every byte is defined in Windows-1252.
    public static func isWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b >= 0x80 && b <= 0x9F && windows1252High[Int(b - 0x80)] == 0 { return false }
        return true
    }

    /// Appends the UTF-8 of single-byte text in Windows-1252 (or ISO-8859-1 with `latin1`) to `out`.
    /// - Complexity: O(n); ASCII bytes are copied as they are.
    public static func appendSingleByte(_ bytes: UnsafeBufferPointer<UInt8>, latin1: Bool, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            var scalar = UInt32(b)
            if b <= 0x9F && !latin1 { scalar = windows1252High[Int(b - 0x80)]; if scalar == 0 { scalar = 0xFFFD } }
            UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { out.append($0) }
        }
    }

    /// True when `bytes` are valid UTF-8, except possibly for a sequence cut at the end (a chunk boundary).
    public static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>, allowCutEnd: Bool) -> Bool {
        var end = bytes.count
        if allowCutEnd {
            // Back up over at most three continuation bytes and their lead when that lead's sequence is incomplete.
            var k = end - 1, back = 0
            while k >= 0, back < 3, bytes[k] & 0xC0 == 0x80 { k -= 1; back += 1 }
            if k >= 0, bytes[k] >= 0xC0 {
                let need = bytes[k] >= 0xF0 ? 4 : bytes[k] >= 0xE0 ? 3 : 2
                if end - k < need { end = k }
            }
        }
        return String(validating: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self) != nil
    }

    /// True when the bytes start with a UTF-16 byte-order mark.
    public static func utf16ByteOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return false }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return true }
        return nil
    }

    /// UTF-16 bytes (after the BOM) as UTF-8.
    public static func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Decodes UTF-8, replacing invalid sequences with U+FFFD; `valid` tells whether any were replaced.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, valid: Bool) {
        (UTF8Check.string(bytes), UTF8Check.isValid(bytes))
    }

    /// True when the first bytes are mostly control characters (NUL and the like): a binary file.
    ///
    /// A few stray NUL bytes in text do not make a file binary; they are blanked by the readers.
    public static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let probe = min(bytes.count, binaryProbeBytes)
        guard probe > 0 else { return false }
        var control = 0
        for i in 0..<probe {
            let b = bytes[i]
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { control += 1 }
        }
        return Double(control) / Double(probe) > binaryControlShare
    }

    /// Share of control bytes in the probe above which a file counts as binary.
    public static let binaryControlShare = 0.10

    /// How many leading bytes of a streamed file (`.jsonl`, `.json`, `.csv`) decide whether it is Windows-1252.
    public static let encodingProbeBytes = 64 << 10

    /// How many leading bytes are inspected for NUL to call a file binary.
    public static let binaryProbeBytes = 8192
}
