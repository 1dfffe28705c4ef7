/// Runs tokenizer, matcher, dateline resolver and focus selector over one article.
///
/// Holds scratch buffers, so each worker thread keeps its own copy.
public struct ArticleDetector: Sendable {
    /// The gazetteer used.
    public let gazetteer: Gazetteer
    /// The matcher used.
    public let matcher: CountryMatcher
    /// The dateline resolver used.
    public let dateline: DatelineResolver
    /// The focus selector used.
    public let focusSelector: FocusSelector
    private let tokenizer: Tokenizer
    private var scratch = TokenizedText()

    /// Creates a detector.
    public init(gazetteer: Gazetteer, kinds: Set<MentionKind> = MentionKind.defaultKinds,
                focus: FocusRule = .standard, abbreviations: AbbreviationList = AbbreviationList()) {
        self.gazetteer = gazetteer
        matcher = CountryMatcher(gazetteer: gazetteer, kinds: kinds)
        dateline = DatelineResolver(gazetteer: gazetteer)
        focusSelector = FocusSelector(rule: focus)
        tokenizer = Tokenizer(abbreviations: abbreviations)
    }

    /// Detects the places of an article given as UTF-8 title, dateline and body.
    public mutating func detect(title: UnsafeBufferPointer<UInt8>, dateline datelineBytes: [UInt8],
                                body: UnsafeBufferPointer<UInt8>) -> ArticleDetection {
        var result = ArticleDetection()
        tokenizer.tokenize(title, into: &scratch)
        result.titleMentions = matcher.matches(in: scratch, bytes: title)
        tokenizer.tokenize(body, into: &scratch)
        result.bodyMentions = matcher.matches(in: scratch, bytes: body)
        result.datelineCountry = datelineBytes.isEmpty ? nil : dateline.resolve(bytes: datelineBytes)

        let titleCountries = result.titleMentions.compactMap { gazetteer.countryIndex(of: $0.entity) }
        let bodyCountries = result.bodyMentions.compactMap { gazetteer.countryIndex(of: $0.entity) }
        result.countries = Array(Set(titleCountries + bodyCountries)).sorted()
        result.focus = focusSelector.select(dateline: result.datelineCountry, title: titleCountries, body: bodyCountries)
        return result
    }

    /// Detects the places of an article given as strings (convenience; allocates).
    public mutating func detect(title: String, dateline: String, body: String) -> ArticleDetection {
        let t = Array(title.utf8), b = Array(body.utf8)
        return t.withUnsafeBufferPointer { tp in
            b.withUnsafeBufferPointer { bp in detect(title: tp, dateline: Array(dateline.utf8), body: bp) }
        }
    }
}
