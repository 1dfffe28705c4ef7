/// The dateline grammar, read on UTF-8 bytes.
///
///     dateline = space* place ("," date)? ("(" agency ")")? closing
///     place    = part ("," part){0,2}   first part: 1–5 words, at most 48 bytes; others 1–3 words, at most 24 bytes;
///                                       each part starts with a capital (or a non-ASCII letter)
///     date     = "Mon DD" | "DD Mon" | "Month DD YYYY" | "DD Month YYYY" | "Mon. DD, YYYY"  (month names in English, Spanish, Portuguese, French, Italian, German, Turkish)
///     closing  = ("." | " ")* dash ("." | " " | dash)*     dash: "-", "--", "–", "—" (".-" included)
///
/// A dateline needs a date, or an agency of one or two words after a place of at most three words per part
/// (`WASHINGTON (Reuters) -`, `BEIJING (AP) —`), or such a place in capitals before an en or em dash
/// (`WASHINGTON —`, `KYIV, Ukraine —`; not a newsroom label such as `CORRECTION —`); a hyphen counts as the
/// closing dash only after a space, a dot or `)` (so `PORT-AU-PRINCE (Reuters) -` keeps its hyphens).
extension Dateline {
    /// Bytes of the opening searched for a dateline; a dateline never crosses a line break.
    public static let maxOpeningBytes = 160
    /// Longest agency name in parentheses, in bytes.
    static let maxAgencyBytes = 40
    /// Shortest lower-case word that cannot be part of a place's name (particles such as `de`, `am`, `al` are shorter).
    static let minLowercaseWord = 4
    /// Most words in the agency of a dateline without a date.
    static let maxDatelessAgencyWords = 2
    /// Most words in each place part of a dateline without a date.
    static let maxDatelessPlaceWords = 3
    /// Most comma-separated parts in a place (`COMMACK, N.Y.`, `TAUPO, Waikato, New Zealand`).
    static let maxPlaceParts = 3
    /// Most words in a place part after the first (`N.Y.`, `New Zealand`).
    static let maxQualifierWords = 3
    /// Longest place part after the first, in bytes.
    static let maxQualifierBytes = 24

    /// Parses a dateline at the start of `paragraph`; nil when the paragraph does not open with one.
    public static func parse(_ paragraph: Substring) -> Dateline? {
        var text = paragraph
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Parses a dateline at the start of `bytes` (leading spaces and line breaks skipped and counted in `length`).
    /// With `closedAtEnd` (a `dateline` field, which may leave out the dash), the end of the bytes closes it too.
    /// - Complexity: O(`maxOpeningBytes`) at most, no allocation unless a dateline is found.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, closedAtEnd: Bool = false) -> Dateline? {
        let n = min(bytes.count, maxOpeningBytes)
        let endCloses = closedAtEnd && bytes.count <= maxOpeningBytes
        var start = 0
        while start < n, bytes[start] == space || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D { start += 1 }
        // A place starts with a capital (or a non-ASCII letter): most openings are rejected here.
        guard start < n, (bytes[start] >= 65 && bytes[start] <= 90) || bytes[start] >= 0xC0 else { return nil }
        // The head runs to the agency's "(" or to the closing dash.
        var headEnd = start
        var open: Int?
        var partBytes = 0
        var firstPart = true
        while headEnd < n {
            let b = bytes[headEnd]
            if b == 0x0A || b == 0x0D { return nil }
            if b == openParen { open = headEnd; break }
            if dashLength(bytes, headEnd, n) != nil, headEnd > start,
               b != hyphen || bytes[headEnd - 1] == space || bytes[headEnd - 1] == dot || bytes[headEnd - 1] == closeParen { break }
            // No part of a dateline (a place, a qualifier, a date) is longer than a place: a sentence stops here.
            if b == comma { partBytes = 0; firstPart = false } else { partBytes += 1; if partBytes > maxPlaceLength { return nil } }
            // Nor does a place hold a lower-case word of four letters or more (`Rio de Janeiro`, `Frankfurt am Main`
            // do not): `An Indian military spokesman said …` stops at `military`.
            if firstPart, b >= 97, b <= 122, headEnd > start, bytes[headEnd - 1] == space {
                var end = headEnd
                while end < n, bytes[end] >= 97, bytes[end] <= 122 { end += 1 }
                if end - headEnd >= minLowercaseWord { return nil }
            }
            headEnd += 1
        }
        guard headEnd < n || endCloses else { return nil }
        var agency: Range<Int>?
        var tail = headEnd
        if let open {
            var close = open + 1
            while close < n, bytes[close] != closeParen {
                if bytes[close] == openParen || bytes[close] == 0x0A { return nil }
                close += 1
            }
            guard close < n else { return nil }
            let inside = trim(bytes, (open + 1)..<close)
            guard inside.count <= maxAgencyBytes else { return nil }
            agency = inside
            tail = close + 1
        }
        var sawDash = false, sawTypographicDash = false
        while tail < n {
            if let length = dashLength(bytes, tail, n) { sawDash = true; sawTypographicDash = sawTypographicDash || length == 3; tail += length }
            else if bytes[tail] == dot || bytes[tail] == space { tail += 1 }
            else { break }
        }
        if endCloses && tail == bytes.count { sawDash = true }
        guard sawDash else { return nil }

        // Comma-separated parts of the head: place parts, then the date (one or two parts).
        var parts: [Range<Int>] = []
        var partStart = start
        for i in start...headEnd where i == headEnd || bytes[i] == comma {
            let part = trim(bytes, partStart..<i)
            if part.isEmpty { if i == headEnd && !parts.isEmpty { break }; return nil }
            parts.append(part)
            partStart = i + 1
        }
        var date: (month: Int?, day: Int?, year: Int?)?
        var dateParts = 0
        if parts.count >= 2, let d = dateWords(bytes, parts[parts.count - 1]) {
            if d.month != nil {
                date = d
                dateParts = 1
            } else if parts.count >= 3, let md = dateWords(bytes, parts[parts.count - 2]), md.month != nil, md.year == nil {
                date = (md.month, md.day, d.year)   // `Jan. 9, 2024`
                dateParts = 2
            } else {
                return nil
            }
        }
        let placeParts = parts[..<(parts.count - dateParts)]
        // Without a date, the agency is what makes it a dateline: a name of one or two words (`Reuters`, `AP`,
        // `Reuters Breakingviews`) after a place of at most three words (`SALT LAKE CITY`), not a heading such as
        // `TOKYO RUBBER (YEN PER KILO) -` or `LONDON COCOA OPEN POSITION (REVISED) -` opening a price table.
        // With neither, a place in capitals before an en or em dash (`WASHINGTON —`, `KYIV, Ukraine —`, as The New
        // York Times and AP write them) that is not a newsroom label (`CORRECTION —`); a hyphen is not enough there
        // (`MONEY RATES -`, `U.S. DIVIDEND MEETINGS -` open tables in wire copy).
        if date == nil {
            guard placeParts.allSatisfy({ wordCount(bytes, $0) <= maxDatelessPlaceWords }) else { return nil }
            if let agency {
                guard !agency.isEmpty, wordCount(bytes, agency) <= maxDatelessAgencyWords else { return nil }
            } else {
                guard sawTypographicDash, let first = placeParts.first, isCapitals(bytes, first),
                      !newsroomLabels.contains(string(bytes, first)) else { return nil }
            }
        }
        guard (1...maxPlaceParts).contains(placeParts.count) else { return nil }
        for (index, part) in placeParts.enumerated() {
            let first = bytes[part.lowerBound]
            guard (first >= 65 && first <= 90) || first >= 0xC0 else { return nil }
            let words = wordCount(bytes, part)
            if index == 0 {
                guard part.count <= maxPlaceLength, words <= maxPlaceWords else { return nil }
            } else {
                guard part.count <= maxQualifierBytes, words <= maxQualifierWords else { return nil }
            }
        }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        // Parts joined by ", " whatever the spacing around the commas (`OAKLAND , N.J.` → `OAKLAND, N.J.`).
        let place = placeParts.count == 1 ? text(placeParts[placeParts.startIndex]) : placeParts.map(text).joined(separator: ", ")
        return Dateline(place: place, month: date?.month, day: date?.day, year: date?.year,
                        agency: agency.map(text), length: tail)
    }

    /// Words in capitals that open a story before a dash without being its place.
    static let newsroomLabels: Set<String> = ["CORRECTION", "CORRECTED", "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED",
                                              "EXCLUSIVE", "WATCH", "OPINION", "ANALYSIS", "EDITORIAL", "COMMENTARY", "LIVE",
                                              "VIDEO", "PHOTOS", "URGENT", "FLASH", "REVIEW", "EXPLAINER", "ADVISORY",
                                              "EDITORS NOTE", "FACT CHECK", "NEW", "ALERT", "DEVELOPING", "LETTERS", "OBITUARY"]

    /// Whether the letters of `range` are all capitals (at least two ASCII letters; other bytes are passed over).
    private static func isCapitals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var letters = 0
        for i in range {
            let b = bytes[i]
            if b >= 97 && b <= 122 { return false }
            if b >= 65 && b <= 90 { letters += 1 }
        }
        return letters >= 2
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static let space = UInt8(ascii: " ")
    private static let comma = UInt8(ascii: ",")
    private static let dot = UInt8(ascii: ".")
    private static let hyphen = UInt8(ascii: "-")
    private static let openParen = UInt8(ascii: "(")
    private static let closeParen = UInt8(ascii: ")")

    /// The byte length of a dash at `i` (`-`, en dash, em dash), or nil.
    @inline(__always)
    private static func dashLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int? {
        if bytes[i] == hyphen { return 1 }
        if bytes[i] == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return 3 }
        return nil
    }

    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && (bytes[lo] == space || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == space || bytes[hi - 1] == 0x09) { hi -= 1 }
        return lo..<hi
    }

    private static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0, inWord = false
        for i in range {
            let isSpace = bytes[i] == space
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// Month, day and year of the words of `range` (a trailing dot dropped from each): a lone year, or two or three
    /// words with a month name and a day (and a year); nil when any word is something else.
    private static func dateWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (month: Int?, day: Int?, year: Int?)? {
        var month: Int?, day: Int?, year: Int?
        var words = 0
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound && bytes[i] == space { i += 1 }
            guard i < range.upperBound else { break }
            var end = i
            while end < range.upperBound && bytes[end] != space { end += 1 }
            var word = i..<end
            if bytes[end - 1] == dot { word = i..<(end - 1) }
            i = end
            words += 1
            guard words <= 3, !word.isEmpty else { return nil }
            if let m = monthNumber(bytes, word), month == nil { month = m }
            else if let v = number(bytes, word), v >= 1, v <= 31, day == nil { day = v }
            else if let v = number(bytes, word), v >= 1800, v <= 2200, year == nil { year = v }
            else { return nil }
        }
        if words == 1, let year { return (nil, nil, year) }
        guard words >= 2, month != nil, day != nil else { return nil }
        return (month, day, year)
    }

    /// Up to four digits as a number.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        guard word.count <= 4 else { return nil }
        var value = 0
        for i in word {
            guard bytes[i] >= 48 && bytes[i] <= 57 else { return nil }
            value = value * 10 + Int(bytes[i] - 48)
        }
        return value
    }

    /// The month of an English month name or abbreviation (any case).
    static func monthNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        guard word.count >= 3, word.count <= maxMonthBytes else { return nil }
        outer: for (name, month) in monthNames where name.count == word.count {
            for (k, i) in word.enumerated() {
                let b = bytes[i]
                if (b >= 65 && b <= 90 ? b + 32 : b) != name[k] { continue outer }
            }
            return month
        }
        return nil
    }

    /// Longest month name in UTF-8 bytes (`septiembre`).
    static let maxMonthBytes = 10

    /// `months` as byte arrays.
    private static let monthNames: [([UInt8], Int)] = months.map { (Array($0.key.utf8), $0.value) }
}
