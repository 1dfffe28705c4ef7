/// The compound each country of one sentence gets, under an ``Attribution``.
///
/// The per-article stage records the country mentions of the article (byte spans) and asks once per sentence
/// that names countries. A country named more than once in a sentence gets the mean over its mentions.
struct CountryAttribution {
    /// One country mention: the sentence it is in, its bytes in the analysed text, the country index.
    struct Span {
        var sentence: Int32
        var start: Int
        var end: Int
        var country: Int32
    }

    let attribution: Attribution
    /// Country mentions of the current article, in (sentence, start) order after ``sortSpans()``.
    private(set) var spans: [Span] = []
    private var cursor = 0

    init(attribution: Attribution) {
        self.attribution = attribution
    }

    /// Forgets the previous article.
    mutating func reset() {
        spans.removeAll(keepingCapacity: true)
        cursor = 0
    }

    /// Records a country mention (only needed when the attribution looks at mentions).
    mutating func add(sentence: Int, start: Int, end: Int, country: Int) {
        guard attribution != .sentence else { return }
        spans.append(Span(sentence: Int32(sentence), start: start, end: end, country: Int32(country)))
    }

    /// Orders the recorded mentions; call once after the last ``add(sentence:start:end:country:)``.
    mutating func sortSpans() {
        spans.sort { ($0.sentence, $0.start) < ($1.sentence, $1.start) }
    }

    /// The compounds of `countries` (ascending, unique) in sentence `index`, whose bytes are `text[range]`;
    /// nil when every country gets the sentence's `compound`. Sentences must be asked in ascending order.
    ///
    /// - Complexity: O(m) in the mentions of the sentence.
    mutating func compounds(countries: [Int32], sentence index: Int, range: Range<Int>, text: UnsafeBufferPointer<UInt8>,
                            compound: Double) -> [Double]? {
        guard attribution != .sentence else { return nil }
        while cursor < spans.count && Int(spans[cursor].sentence) < index { cursor += 1 }
        var sums = [Double](repeating: 0, count: countries.count)
        var counts = [Int](repeating: 0, count: countries.count)
        let sentence = UnsafeBufferPointer(rebasing: text[range])
        while cursor < spans.count && Int(spans[cursor].sentence) == index {
            let span = spans[cursor]
            cursor += 1
            guard let k = countries.firstIndex(of: span.country),
                  span.start >= range.lowerBound, span.end <= range.upperBound else { continue }
            let target = (span.start - range.lowerBound)..<(span.end - range.lowerBound)
            sums[k] += attribution.compound(sentence: sentence, target: target, sentenceCompound: compound)
            counts[k] += 1
        }
        return zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : compound }
    }
}
