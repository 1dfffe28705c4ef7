/// Turns raw file bytes into text: BOM handling, UTF-16 transcoding, invalid UTF-8 replaced and reported.
public enum TextDecoding {
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
        if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
        return (String(decoding: bytes, as: UTF8.self), false)
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

    /// How many leading bytes are inspected for NUL to call a file binary.
    public static let binaryProbeBytes = 8192
}
