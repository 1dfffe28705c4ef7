/// Resolves the place of a dateline (`NEW YORK, March 3 -`, `Astana, Feb 28 (EFE).-`) to a country.
///
/// The place is the text before the first comma (or before `(` or ` - `); it is looked up,
/// in any case, as a whole phrase among the aliases of the given kinds that name a country,
/// then the gazetteer's `dateline_places.tsv`, then the countries' names.
/// The second comma-separated part, when it names a known place, wins over the first, being
/// the more specific (`BIRMINGHAM, Ala., March 3` is in the US; `PORTLAND, Ore.`). The result is recorded apart from the text's mentions.
public struct DatelineResolver: Sendable {
    /// Alias kinds that may name a dateline place.
    public static let defaultKinds: Set<MentionKind> = [.capital, .city, .seat, .place, .name]
    /// How many comma-separated parts of the dateline are tried, first to last.
    public static let partsTried = 2

    private let places: [[UInt64]: Int]
    private let tokenizer = Tokenizer()

    /// Builds the lookup from the gazetteer's country aliases of `kinds`.
    public init(gazetteer: Gazetteer, kinds: Set<MentionKind> = DatelineResolver.defaultKinds) {
        var places: [[UInt64]: Int] = [:]
        for a in gazetteer.aliases where kinds.contains(a.kind) {
            guard let c = gazetteer.countryIndex(of: a.target) else { continue }
            let key = Gazetteer.aliasKey(a.surface, tokenizer)
            if places[key] == nil { places[key] = c }
        }
        for (place, c) in gazetteer.datelinePlaces {
            let key = Gazetteer.aliasKey(place, tokenizer)
            if places[key] == nil { places[key] = c }
        }
        for (i, c) in gazetteer.countries.enumerated() {
            let key = Gazetteer.aliasKey(c.name, tokenizer)
            if places[key] == nil { places[key] = i }
        }
        self.places = places
    }

    /// The country index of the dateline's place, or nil.
    public func resolve(_ dateline: String) -> Int? {
        resolve(bytes: Array(dateline.utf8))
    }

    /// What the matcher may use of the dateline (its country and its first place part's token hashes), or nil
    /// when the place is unknown.
    public func hint(_ dateline: String) -> DatelineHint? {
        let bytes = Array(dateline.utf8)
        var firstPart: [UInt64]?
        guard let country = resolve(bytes: bytes, firstPart: &firstPart) else { return nil }
        if let firstPart { return DatelineHint(country: country, place: firstPart) }
        let end = bytes.firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "(") } ?? bytes.count
        return DatelineHint(country: country, place: tokenizer.tokenize(Array(bytes[..<end])).tokens.map(\.hash))
    }

    /// The country index of the dateline's place, or nil.
    public func resolve(bytes: [UInt8]) -> Int? {
        var firstPart: [UInt64]?
        return resolve(bytes: bytes, firstPart: &firstPart)
    }

    /// ``resolve(bytes:)``; when the first part, up to the first comma or `(`, was tokenized on the way, its token
    /// hashes in `firstPart` (what ``hint(_:)`` needs, so that it does not tokenize that part again).
    private func resolve(bytes: [UInt8], firstPart: inout [UInt64]?) -> Int? {
        var parts: [ArraySlice<UInt8>] = []
        var firstEndsAtComma = true
        var start = 0
        var i = 0
        while i <= bytes.count && parts.count < DatelineResolver.partsTried {
            let atEnd = i == bytes.count
            let b: UInt8 = atEnd ? 0 : bytes[i]
            let dashBreak = b == UInt8(ascii: "-") && i > 0 && bytes[i - 1] == UInt8(ascii: " ")
            if atEnd || b == UInt8(ascii: ",") || b == UInt8(ascii: "(") || dashBreak {
                if parts.isEmpty { firstEndsAtComma = !dashBreak }
                parts.append(bytes[start..<i])
                start = i + 1
                if b != UInt8(ascii: ",") { break }
            }
            i += 1
        }
        // The later part is the more specific one (`BIRMINGHAM, Ala.`, `TAUPO, New Zealand`).
        for (k, part) in parts.enumerated().reversed() {
            let hashes = tokenizer.tokenize(Array(part)).tokens.map(\.hash)
            // The first part ends where the hint's place ends unless a ` - ` cut it short.
            if k == 0 && firstEndsAtComma { firstPart = hashes }
            if hashes.isEmpty { continue }
            if let c = places[hashes] { return c }
        }
        return nil
    }
}
