/// A wire-story dateline such as `Astana, Feb 28 (EFE).-`, `NEW YORK, March 3 -` or `WASHINGTON (Reuters) -`
/// (the grammar is in `Dateline+Parsing.swift`).
public struct Dateline: Sendable, Equatable {
    /// The place as written.
    public var place: String
    /// Month 1–12, when a date was given.
    public var month: Int?
    /// Day of month, when a date was given.
    public var day: Int?
    /// Year, when written.
    public var year: Int?
    /// Agency in parentheses, e.g. `EFE`.
    public var agency: String?
    /// How many UTF-8 bytes of the paragraph the dateline takes, including its dash.
    public var length: Int

    /// Longest place name accepted before the comma, in characters.
    static let maxPlaceLength = 48
    /// Most words accepted in a place name.
    static let maxPlaceWords = 5
    /// Month names and abbreviations (English), lowercased, mapped to month numbers.
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
        // Other agencies' datelines (`MADRID, 3 mar (EFE).-`, `ROMA, 5 giu (ANSA) -`, `BERLIN, 3. März (dpa) -`):
        // Spanish, Portuguese, French, Italian, German and Turkish names and abbreviations (none names another month).
        "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "ago": 8, "agosto": 8, "septiembre": 9, "set": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "dic": 12, "diciembre": 12,
        "janeiro": 1, "fev": 2, "fevereiro": 2, "março": 3, "mai": 5, "maio": 5, "junho": 6, "julho": 7,
        "setembro": 9, "out": 10, "outubro": 10, "novembro": 11, "dez": 12, "dezembro": 12,
        "janv": 1, "janvier": 1, "févr": 2, "février": 2, "mars": 3, "avr": 4, "avril": 4, "juin": 6, "juil": 7,
        "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "déc": 12, "décembre": 12,
        "gen": 1, "gennaio": 1, "febbraio": 2, "aprile": 4, "mag": 5, "maggio": 5, "giu": 6, "giugno": 6,
        "lug": 7, "luglio": 7, "settembre": 9, "ott": 10, "ottobre": 10, "dicembre": 12,
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "okt": 10, "oktober": 10,
        "dezember": 12,
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
        "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    ]

    /// Just the place of a dateline string such as `SALVADOR, Feb 26 -` (a JSONL or CSV `dateline` field).
    ///
    /// Every comma-separated part before the date is kept, so that `STAMFORD, Conn., March 3 -` gives
    /// `STAMFORD, Conn.` and the state can decide the country.
    public static func place(ofField field: String) -> String? {
        let trimmed = field.trimmingSpaces()
        guard !trimmed.isEmpty else { return nil }
        var parts: [String] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let words = part.split(separator: " ").map { $0.hasSuffix(".") ? $0.dropLast() : $0[...] }
            let isDate = words.contains { months[$0.lowercased()] != nil } && words.contains { Int($0) != nil }
            if isDate || part.contains("(") || part.trimmingSpaces().hasPrefix("-") { break }
            let text = part.trimmingSpaces()
            if !text.isEmpty { parts.append(text) }
        }
        let place = parts.joined(separator: ", ")
        return place.isEmpty ? nil : place
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    ///
    /// Text that starts and ends with a printable ASCII character (the usual case) is returned as it is, without
    /// a copy: no space Character starts or ends with such a byte.
    func trimmingSpaces() -> String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        return self[...].trimmingSpaces()
    }
}
