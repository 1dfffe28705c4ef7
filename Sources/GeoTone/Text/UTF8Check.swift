/// Whether bytes are well-formed UTF-8 (Unicode's Table 3-7: no overlong forms, no surrogates, nothing above
/// U+10FFFF), without making a `String`: text that passes is used as it is, and only the rest is repaired by
/// `String(decoding:as:)`. And a faster way to make that `String` from long text.
enum UTF8Check {
    /// ASCII runs at least this long become pieces of their own in ``string(_:)``.
    static let longRun = 64

    /// `String(decoding: bytes, as: UTF8.self)`, made in pieces: the standard library checks a piece of pure ASCII
    /// eight bytes at a time, but once a piece holds one byte beyond ASCII it validates every byte of it one by one
    /// (about 9 instructions a byte: most news text has a few typographic quotes or dashes). So long ASCII runs are
    /// made on their own, the text between them separately, and the pieces joined. Invalid sequences are repaired
    /// exactly as in one piece: a piece ends only next to an ASCII byte, which no invalid sequence includes.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        guard count >= 2 * longRun, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        let raw = UnsafeRawPointer(base)
        var result = ""
        var pending = 0   // start of the text not yet added
        var i = 0
        while i < count {
            if base[i] >= 0x80 { i += 1; continue }
            var j = i
            while j + 8 <= count, raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { j += 8 }
            while j < count, base[j] < 0x80 { j += 1 }
            if j - i >= longRun {
                if result.isEmpty { result.reserveCapacity(count) }
                if pending < i { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[pending..<i]), as: UTF8.self)) }
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self))
                pending = j
            }
            i = j
        }
        if pending == 0 { return String(decoding: bytes, as: UTF8.self) }
        if pending < count { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[pending..<count]), as: UTF8.self)) }
        return result
    }

    /// True when `bytes` are well-formed UTF-8. Runs of ASCII are skipped eight bytes at a time.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < count {
            if i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            // The lead byte gives the length and the range of the second byte; the others are 80...BF.
            let length: Int, low: UInt8, high: UInt8
            switch b {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard i + length <= count, base[i + 1] >= low, base[i + 1] <= high else { return false }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }
}
