/// The place and agency of a JSONL or CSV `dateline` field such as `Delhi, Sep 21 (AFN) -`.
///
/// The result is defined by `Dateline.place(ofField:)` and `Dateline.parse`. A field of printable ASCII (the
/// usual case) is read here on its bytes with the same rules, without splitting it into `Substring`s or
/// lowercasing words; any other field goes through the `Character`-based originals.
enum DatelineField {
    /// The place as `Dateline.place(ofField:)` gives it, and the agency as `Dateline.parse` finds it in the
    /// field followed by a dash.
    /// - Complexity: O(n) on the field's bytes, one allocation for the place and one for the agency.
    static func read(_ field: String) -> (place: String?, agency: String?) {
        if let fast = field.utf8.withContiguousStorageIfAvailable({ readASCII($0) }), let result = fast { return result }
        return readCharacters(field)
    }

    /// The reference reading, on `Character`s.
    static func readCharacters(_ field: String) -> (place: String?, agency: String?) {
        let place = Dateline.place(ofField: field)
        let agency = Dateline.parse(Substring(field.trimmingSpaces() + " -"))?.agency
        return (place, agency)
    }

    /// The reading on bytes; nil when the field holds anything but printable ASCII and spaces (then one byte is
    /// one `Character` and the only space character is U+0020).
    static func readASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (place: String?, agency: String?)? {
        for b in bytes where b < 0x20 || b > 0x7E { return nil }
        let trimmed = trim(bytes, 0..<bytes.count)
        return (place(bytes, trimmed), agency(bytes, trimmed))
    }

    private static let space = UInt8(ascii: " ")
    private static let comma = UInt8(ascii: ",")
    private static let dot = UInt8(ascii: ".")
    private static let dash = UInt8(ascii: "-")
    private static let open = UInt8(ascii: "(")

    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && bytes[lo] == space { lo += 1 }
        while hi > lo && bytes[hi - 1] == space { hi -= 1 }
        return lo..<hi
    }

    /// Calls `body` with each word of `range` split at any of `separators` (empty words skipped), each without
    /// one trailing dot, while `body` returns true; returns how many words `body` saw.
    @discardableResult
    private static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separators: (UInt8) -> Bool,
                                    _ body: (Range<Int>) -> Bool = { _ in true }) -> Int {
        var count = 0
        var start = range.lowerBound
        for i in range.lowerBound...range.upperBound where i == range.upperBound || separators(bytes[i]) {
            if i > start {
                count += 1
                if !body(start..<(bytes[i - 1] == dot ? i - 1 : i)) { return count }
            }
            start = i + 1
        }
        return count
    }

    /// The word as `Int(_:)` reads it: an optional sign, then one or more digits, within `Int`'s range.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        var i = word.lowerBound
        var negative = false
        if i < word.upperBound, bytes[i] == UInt8(ascii: "+") || bytes[i] == dash { negative = bytes[i] == dash; i += 1 }
        guard i < word.upperBound else { return nil }
        var value = 0
        while i < word.upperBound {
            let b = bytes[i]
            guard b >= 48 && b <= 57 else { return nil }
            let digit = Int(b - 48)
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = next
            i += 1
        }
        return value
    }

    /// `Dateline.place(ofField:)` on bytes.
    private static func place(_ bytes: UnsafeBufferPointer<UInt8>, _ trimmed: Range<Int>) -> String? {
        guard !trimmed.isEmpty else { return nil }
        var first: Range<Int>?
        var joined: [UInt8] = []   // only when a second part is kept
        var start = trimmed.lowerBound
        for i in trimmed.lowerBound...trimmed.upperBound where i == trimmed.upperBound || bytes[i] == comma {
            let part = start..<i
            start = i + 1
            var hasMonth = false, hasNumber = false
            forEachWord(bytes, part, separators: { $0 == space }) { word in
                if !hasMonth && Dateline.monthNumber(bytes, word) != nil { hasMonth = true }
                if !hasNumber && integer(bytes, word) != nil { hasNumber = true }
                return true
            }
            let text = trim(bytes, part)
            if (hasMonth && hasNumber) || part.contains(where: { bytes[$0] == open })
                || (!text.isEmpty && bytes[text.lowerBound] == dash) { break }
            guard !text.isEmpty else { continue }
            if let kept = first {
                if joined.isEmpty { joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept])) }
                joined.append(comma)
                joined.append(space)
                joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[text]))
            } else {
                first = text
            }
        }
        guard let first else { return nil }
        if joined.isEmpty { return String(decoding: UnsafeBufferPointer(rebasing: bytes[first]), as: UTF8.self) }
        return String(decoding: joined, as: UTF8.self)
    }

    /// The agency `Dateline.parse` finds in the trimmed field followed by `" -"`.
    private static func agency(_ field: UnsafeBufferPointer<UInt8>, _ trimmed: Range<Int>) -> String? {
        var paragraph: [UInt8] = []
        paragraph.reserveCapacity(trimmed.count + 2)
        paragraph.append(contentsOf: UnsafeBufferPointer(rebasing: field[trimmed]))
        paragraph.append(space)
        paragraph.append(dash)
        return paragraph.withUnsafeBufferPointer { Dateline.parse(bytes: $0)?.agency }
    }
}
