/// Case facts of the code points a news text's non-ASCII words are made of: everything below U+0800 (Latin,
/// Greek, Cyrillic, …) and General Punctuation (U+2000–U+206F: typographic quotes, dashes), read once from the
/// standard library's Unicode tables. With them a token with such characters is classified like
/// `SentimentTokenizer.classifyUnicode` classifies it, without a `String`.
///
/// A code point whose lower case is not one code point of its own kind (it lower-cases to ASCII, to several
/// code points, or depends on context like Σ) is marked `slow`: tokens with it take the general path.
enum ScalarCase {
    /// `Unicode.Scalar.Properties.isUppercase`.
    static let upper: UInt8 = 1 << 0
    /// `isLowercase`.
    static let lower: UInt8 = 1 << 1
    /// General category Lt (title case letter).
    static let title: UInt8 = 1 << 2
    /// The general path must classify a token with this code point.
    static let slow: UInt8 = 1 << 3

    /// Code points of the first range (U+0000–U+07FF).
    static let lowRange: UInt32 = 0x800
    /// General Punctuation.
    static let punctuationRange: ClosedRange<UInt32> = 0x2000...0x206F

    /// Flags and the lower-case code point of every covered code point (never freed).
    nonisolated(unsafe) static let table: (flags: UnsafePointer<UInt8>, lowered: UnsafePointer<UInt32>) = {
        let count = Int(lowRange) + punctuationRange.count
        let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        let lowered = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
        for value in Array(0..<lowRange) + Array(punctuationRange) {
            let i = index(value).unsafelyUnwrapped
            guard let scalar = Unicode.Scalar(value) else { flags[i] = slow; lowered[i] = value; continue }
            let properties = scalar.properties
            var f: UInt8 = 0
            if properties.isUppercase { f |= upper }
            if properties.isLowercase { f |= lower }
            if properties.generalCategory == .titlecaseLetter { f |= title }
            let mapped = Array(String(Character(scalar)).lowercased().unicodeScalars)
            if mapped.count != 1 || (value >= 0x80 && mapped[0].value < 0x80) || value == 0x3A3 || value == 0x3C2 {
                f |= slow
            }
            flags[i] = f
            lowered[i] = mapped.count == 1 ? mapped[0].value : value
        }
        return (UnsafePointer(flags), UnsafePointer(lowered))
    }()

    /// The table index of `codePoint`, or nil when it is not covered.
    @inline(__always)
    static func index(_ codePoint: UInt32) -> Int? {
        if codePoint < lowRange { return Int(codePoint) }
        if punctuationRange.contains(codePoint) { return Int(lowRange + codePoint - punctuationRange.lowerBound) }
        return nil
    }

    /// Writes the UTF-8 bytes of `codePoint` (below U+10000) to `p`; returns how many.
    @inline(__always)
    static func encode(_ codePoint: UInt32, to p: UnsafeMutablePointer<UInt8>) -> Int {
        switch codePoint {
        case ..<0x80:
            p[0] = UInt8(codePoint)
            return 1
        case ..<0x800:
            p[0] = UInt8(0xC0 | codePoint >> 6)
            p[1] = UInt8(0x80 | codePoint & 0x3F)
            return 2
        default:
            p[0] = UInt8(0xE0 | codePoint >> 12)
            p[1] = UInt8(0x80 | (codePoint >> 6) & 0x3F)
            p[2] = UInt8(0x80 | codePoint & 0x3F)
            return 3
        }
    }
}
