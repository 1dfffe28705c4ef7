/// Runs the per-article stages (normalize, tokenize, detect, score) with buffers reused across articles.
///
/// One per worker thread; not shared.
struct ArticleAnalyzer {
    let resources: AnalysisResources
    let normalizer = TextNormalizer()
    let tokenizer: Tokenizer
    let matcher: CountryMatcher
    let scorer: SentimentScorer
    let datelines: DatelineResolver
    let focusSelector: FocusSelector
    let period: Period
    var raw: [UInt8] = []
    var bytes: [UInt8] = []
    var tokens = TokenizedText()
    var mentions: [Mention] = []

    init(resources: AnalysisResources, period: Period) {
        self.resources = resources
        tokenizer = Tokenizer(abbreviations: resources.abbreviations)
        matcher = CountryMatcher(gazetteer: resources.gazetteer, kinds: resources.kinds)
        scorer = SentimentScorer(lexicon: resources.lexicon, mode: resources.mode,
                                 neutralPhrases: NeutralNames.phrases(resources.gazetteer))
        datelines = DatelineResolver(gazetteer: resources.gazetteer)
        focusSelector = FocusSelector()
        self.period = period
    }

    /// Analyses `article`, filling the analysis fields of `record`; returns what aggregation needs.
    mutating func analyze(_ article: Article, into record: inout ArticleRecord) -> ArticleFacts {
        let g = resources.gazetteer
        raw.removeAll(keepingCapacity: true)
        if !article.title.isEmpty {
            raw.append(contentsOf: article.title.utf8)
            raw.append(contentsOf: [0x0A, 0x0A])
        }
        let titleBytes = raw.count
        raw.append(contentsOf: article.body.utf8)
        bytes.removeAll(keepingCapacity: true)
        raw.withUnsafeBufferPointer { normalizer.normalize($0, into: &bytes) }
        let titleEnd = article.title.isEmpty ? 0 : normalizedLength(ofPrefix: titleBytes)

        var sentenceFacts: [ArticleFacts.Sentence] = []
        var perEntity: [Int32: (count: Int, first: Int, forms: Set<String>)] = [:]
        var sums = (compound: 0.0, positive: 0.0, negative: 0.0, neutral: 0.0)
        var tone = ToneCounts()
        var titleCountries: [Int] = []
        var bodyCountries: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, into: &tokens)
            mentions.removeAll(keepingCapacity: true)
            matcher.matches(in: tokens, bytes: buffer, into: &mentions)
            var bySentence = Array(repeating: (countries: [Int32](), regions: [Int32]()), count: tokens.sentences.count)
            for m in mentions {
                let id = m.entity.rawValue
                var entry = perEntity[id] ?? (0, Int(m.byteStart), [])
                entry.count += 1
                entry.forms.insert(m.surface(in: buffer))
                perEntity[id] = entry
                let s = Int(m.sentence)
                if let country = g.countryIndex(of: m.entity) {
                    if s < bySentence.count { bySentence[s].countries.append(Int32(country)) }
                    if Int(m.byteStart) < titleEnd { titleCountries.append(country) } else { bodyCountries.append(country) }
                } else if s < bySentence.count {
                    bySentence[s].regions.append(id - Int32(g.countries.count))
                }
            }
            for (i, range) in tokens.sentenceByteRanges.enumerated() {
                let result = scorer.score(utf8: UnsafeBufferPointer(rebasing: buffer[range]))
                sums.compound += result.scores.compound
                sums.positive += result.scores.positive
                sums.negative += result.scores.negative
                sums.neutral += result.scores.neutral
                tone += result.tone
                let countries = Array(Set(bySentence[i].countries)).sorted()
                let regions = Array(Set(bySentence[i].regions)).sorted()
                sentenceFacts.append(.init(countries: countries, regions: regions, compound: result.scores.compound))
            }
        }
        record.words = tokens.tokens.count
        record.sentences = tokens.sentences.count
        let n = Double(max(1, sentenceFacts.count))
        record.sentiment = .init(compound: sums.compound / n, positive: sums.positive / n, negative: sums.negative / n,
                                 neutral: sentenceFacts.isEmpty ? 1 : sums.neutral / n, tone: tone.tone, polarity: tone.polarity)

        var countries: [Int32] = [], countryMentions: [Int] = []
        var regions: [Int32] = [], regionMentions: [Int] = []
        record.mentions = perEntity.sorted { g.code(of: EntityID($0.key)) < g.code(of: EntityID($1.key)) }.map { id, entry in
            let entity = EntityID(id)
            if g.countryIndex(of: entity) != nil { countries.append(id); countryMentions.append(entry.count) }
            else { regions.append(id - Int32(g.countries.count)); regionMentions.append(entry.count) }
            return .init(entity: g.code(of: entity), mentions: entry.count, firstOffset: entry.first, forms: entry.forms.sorted())
        }
        // Countries in index order for aggregation; codes sorted for output.
        let countryOrder = countries.indices.sorted { countries[$0] < countries[$1] }
        countries = countryOrder.map { countries[$0] }
        countryMentions = countryOrder.map { countryMentions[$0] }
        let regionOrder = regions.indices.sorted { regions[$0] < regions[$1] }
        regions = regionOrder.map { regions[$0] }
        regionMentions = regionOrder.map { regionMentions[$0] }
        record.countries = countries.map { g.countries[Int($0)].alpha2 }.sorted()

        let datelineCountry = article.datelinePlace.flatMap { datelines.resolve($0) }
        record.datelineCountry = datelineCountry.map { g.countries[$0].alpha2 }
        record.focus = focusSelector.select(dateline: datelineCountry, title: titleCountries, body: bodyCountries)
            .map { g.countries[$0].alpha2 }.sorted()

        return ArticleFacts(date: article.date, period: period.key(for: article.date), countries: countries,
                            countryMentions: countryMentions, regions: regions, regionMentions: regionMentions,
                            sentences: sentenceFacts, datelineCountry: datelineCountry.map { Int32($0) })
    }

    /// Where the first `count` raw bytes end after normalization (the title boundary).
    private func normalizedLength(ofPrefix count: Int) -> Int {
        var out: [UInt8] = []
        raw.withUnsafeBufferPointer { normalizer.normalize(UnsafeBufferPointer(rebasing: $0[0..<count]), into: &out) }
        return out.count
    }
}
