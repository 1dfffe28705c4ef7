#if canImport(Glibc)
import Glibc
#endif

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
    var bytes: [UInt8] = []
    var tokens = TokenizedText()
    var mentions: [Mention] = []
    /// The matcher's working memory, kept from article to article.
    var matchScratch = MatchScratch()
    var entities: [EntityTally] = []
    /// The distinct forms of every entity of the current article, in the order met (reused across articles: an array
    /// per entity was an allocation per country named).
    var entityForms: [EntityForm] = []
    var sentenceEntities: [SentenceEntity] = []
    /// Country indices of the mentions in the title and in the body (for the focus), reused across articles.
    var titleCountries: [Int] = []
    var bodyCountries: [Int] = []
    /// Matchers of the languages other than English met so far (compiled on first use: English runs pay nothing).
    var otherMatchers: [Language: LanguageMatcher] = [:]
    /// How a sentence's compound reaches the countries it names.
    let attribution: Attribution
    /// Whether sentences are scored (false for `geotone countries`, which prints only the countries: the record then
    /// has no tone and the facts no sentences; detection is unchanged).
    let scoresSentiment: Bool
    /// The sentence scorer's working memory, kept by this analyzer (one per worker) from sentence to sentence.
    let sentimentScratch = SentimentScratch()
    /// One bit per country (by the rank of its code) for ``appendCountries(ofBody:to:)``.
    var countryBits: [UInt64] = []

    /// Mentions of one entity in the current article (its forms are in `entityForms`).
    struct EntityTally {
        var id: Int32
        var count: Int
        var first: Int
    }

    /// A distinct form of an entity: a byte range of the normalized text.
    struct EntityForm {
        var id: Int32
        var start: Int
        var length: Int
    }

    /// One country (`region == false`) or region mentioned in one sentence, with the mention's bytes.
    struct SentenceEntity {
        var sentence: Int32
        var region: Bool
        var id: Int32
        var start: Int32 = 0
        var end: Int32 = 0
    }

    init(resources: AnalysisResources, period: Period, attribution: Attribution = .target, scoresSentiment: Bool = true) {
        self.attribution = attribution
        self.scoresSentiment = scoresSentiment
        self.resources = resources
        // The compiled lookup structures are built once per run and shared (copy-on-write) by every worker.
        tokenizer = resources.tokenizer
        matcher = resources.matcher
        scorer = resources.scorer
        datelines = resources.datelines
        focusSelector = FocusSelector()
        self.period = period
        countryBits = Array(repeating: 0, count: (resources.gazetteer.countries.count + 63) / 64)
    }

    /// Detection, the first stage of every article: tokenizes the normalized text `buffer` into `tokens`, tells its
    /// language (unless one is forced) and fills `mentions` by the English matcher or by the language's own, compiled
    /// the first time this worker meets the language (English runs pay nothing). Returns the language.
    static func detect(_ buffer: UnsafeBufferPointer<UInt8>, resources: AnalysisResources, tokenizer: Tokenizer,
                       matcher: CountryMatcher, dateline: DatelineHint?, tokens: inout TokenizedText,
                       otherMatchers: inout [Language: LanguageMatcher], mentions: inout [Mention],
                       matchScratch: inout MatchScratch) -> Language {
        tokenizer.tokenize(buffer, into: &tokens)
        mentions.removeAll(keepingCapacity: true)
        let language = resources.forcedLanguage ?? resources.languageDetector.detect(tokens, bytes: buffer)
        if !language.readsAsEnglish && otherMatchers[language] == nil, let g = resources.languageGazetteers[language] {
            otherMatchers[language] = LanguageMatcher(gazetteer: g, kinds: resources.kinds)
        }
        if !language.readsAsEnglish, let other = otherMatchers[language] {
            other.matches(in: buffer, sentenceStarts: tokens.sentenceByteRanges.map(\.lowerBound), into: &mentions)
        } else {
            matcher.matches(in: tokens, bytes: buffer, dateline: dateline, into: &mentions, scratch: &matchScratch)
        }
        return language
    }

    /// The `countries` column of a text given as an article body (no title, no dateline), appended to `out` as
    /// `;`-joined codes in code order: `geotone countries`. Normalizing and ``detect(_:resources:tokenizer:matcher:dateline:tokens:otherMatchers:mentions:matchScratch:)``
    /// are those of ``analyze(_:into:)``; nothing else of the article is worked out. `text` must be well-formed
    /// UTF-8: `LineStream` repairs a line that is not (as a `String` made from it would be) before it comes here.
    mutating func appendCountries(ofBody text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        normalizer.normalize(text, appendingTo: &bytes)
        bytes.withUnsafeBufferPointer { buffer in
            _ = Self.detect(buffer, resources: resources, tokenizer: tokenizer, matcher: matcher, dateline: nil,
                            tokens: &tokens, otherMatchers: &otherMatchers, mentions: &mentions,
                            matchScratch: &matchScratch)
        }
        // Countries as bits by the rank of their code, so that they come out sorted and once each.
        let ranks = resources.countryCodeRanks
        for k in countryBits.indices { countryBits[k] = 0 }
        let g = resources.gazetteer
        for m in mentions {
            guard let country = g.countryIndex(of: m.entity) else { continue }
            let rank = ranks.rankOf[country]
            countryBits[rank >> 6] |= 1 << UInt64(rank & 63)
        }
        var first = true
        for (word, bits) in countryBits.enumerated() {
            var rest = bits
            while rest != 0 {
                let rank = word << 6 | rest.trailingZeroBitCount
                rest &= rest - 1
                if !first { out.append(UInt8(ascii: ";")) }
                first = false
                out.append(contentsOf: ranks.codes[rank])
            }
        }
    }

    /// Analyses `article`, filling the analysis fields of `record`; returns what aggregation needs.
    mutating func analyze(_ article: Article, into record: inout ArticleRecord) -> ArticleFacts {
        let g = resources.gazetteer
        // The analysed text is title, blank line, body, each normalized in place (the title's normalized length is
        // where it ends; the line feeds stop any entity or combining sequence from reaching across).
        var title = article.title, body = article.body
        bytes.removeAll(keepingCapacity: true)
        if !title.isEmpty {
            title.withUTF8 { normalizer.normalize($0, appendingTo: &bytes) }
        }
        let titleEnd = bytes.count
        if !title.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
        body.withUTF8 { normalizer.normalize($0, appendingTo: &bytes) }

        var sentenceFacts = ArticleFacts.SentenceTable()
        var scoredSentences = 0
        var sums = (compound: 0.0, positive: 0.0, negative: 0.0, neutral: 0.0)
        var tone = ToneCounts()
        titleCountries.removeAll(keepingCapacity: true)
        bodyCountries.removeAll(keepingCapacity: true)
        entities.removeAll(keepingCapacity: true)
        entityForms.removeAll(keepingCapacity: true)
        sentenceEntities.removeAll(keepingCapacity: true)
        var mentionRows: [ArticleRecord.MentionRow] = []
        // Sentiment is scored in English only: other languages get no tone and no sentence facts.
        var english = true
        let datelineHint = article.datelinePlace.flatMap { datelines.hint($0) }
        let datelineCountry = datelineHint?.country
        bytes.withUnsafeBufferPointer { buffer in
            // Stored properties are passed directly because `bytes` is borrowed here.
            let language = Self.detect(buffer, resources: resources, tokenizer: tokenizer, matcher: matcher, dateline: datelineHint,
                                       tokens: &tokens, otherMatchers: &otherMatchers, mentions: &mentions,
                                       matchScratch: &matchScratch)
            record.language = language.rawValue
            english = language.readsAsEnglish || otherMatchers[language] == nil
            let sentenceCount = tokens.sentences.count
            for m in mentions {
                let id = m.entity.rawValue
                let start = Int(m.byteStart), length = Int(m.byteEnd) - Int(m.byteStart)
                if let e = entities.firstIndex(where: { $0.id == id }) {
                    entities[e].count += 1
                    let known = entityForms.contains { form in
                        form.id == id && form.length == length
                            && memcmp(buffer.baseAddress! + form.start, buffer.baseAddress! + start, length) == 0
                    }
                    if !known { entityForms.append(EntityForm(id: id, start: start, length: length)) }
                } else {
                    entities.append(EntityTally(id: id, count: 1, first: start))
                    entityForms.append(EntityForm(id: id, start: start, length: length))
                }
                let s = Int(m.sentence)
                if let country = g.countryIndex(of: m.entity) {
                    if s < sentenceCount {
                        sentenceEntities.append(SentenceEntity(sentence: Int32(s), region: false, id: Int32(country),
                                                               start: m.byteStart, end: m.byteEnd))
                    }
                    if m.kind.feedsFocus {
                        if start < titleEnd { titleCountries.append(country) } else { bodyCountries.append(country) }
                    }
                } else if s < sentenceCount {
                    sentenceEntities.append(SentenceEntity(sentence: Int32(s), region: true, id: id - Int32(g.countries.count)))
                }
            }
            // Per sentence: unique countries and regions, ascending (entries sorted by sentence, kind, id).
            sentenceEntities.sort { ($0.sentence, $0.region ? 1 : 0, $0.id) < ($1.sentence, $1.region ? 1 : 0, $1.id) }
            if english && scoresSentiment && !sentenceEntities.isEmpty {
                // At most one table sentence per sentence with an entity, one entry per entity mention.
                var withEntities = 1
                for k in 1..<sentenceEntities.count where sentenceEntities[k].sentence != sentenceEntities[k - 1].sentence {
                    withEntities += 1
                }
                sentenceFacts.reserve(sentences: withEntities, entries: sentenceEntities.count)
            }
            var next = 0
            // One copy of the scorer per article: read from `self` inside this closure it was copied (its tables
            // retained and released) for every sentence.
            let scorer = self.scorer, sentimentScratch = self.sentimentScratch
            for (i, range) in tokens.sentenceByteRanges.enumerated() where english && scoresSentiment {
                let result = scorer.score(utf8: UnsafeBufferPointer(rebasing: buffer[range]), scratch: sentimentScratch)
                sums.compound += result.scores.compound
                sums.positive += result.scores.positive
                sums.negative += result.scores.negative
                sums.neutral += result.scores.neutral
                tone += result.tone
                // Countries come first, each country's mentions together: a country named more than once gets the
                // mean of what its mentions get under the attribution (the sentence's compound when it gets none).
                let compound = result.scores.compound
                let sentenceText = UnsafeBufferPointer(rebasing: buffer[range])
                var sum = 0.0, n = 0
                var country: Int32 = -1, lastRegion: Int32 = -1
                while next < sentenceEntities.count && Int(sentenceEntities[next].sentence) == i {
                    let e = sentenceEntities[next]
                    next += 1
                    if e.region {
                        if lastRegion != e.id { sentenceFacts.appendRegion(e.id); lastRegion = e.id }
                        continue
                    }
                    if country != e.id {
                        if country >= 0 { sentenceFacts.appendCountry(country, compound: n > 0 ? sum / Double(n) : compound) }
                        country = e.id
                        sum = 0
                        n = 0
                    }
                    let start = Int(e.start), end = Int(e.end)
                    if attribution != .sentence && start >= range.lowerBound && end <= range.upperBound {
                        sum += attribution.compound(sentence: sentenceText, target: (start - range.lowerBound)..<(end - range.lowerBound),
                                                    sentenceCompound: compound)
                        n += 1
                    }
                }
                if country >= 0 { sentenceFacts.appendCountry(country, compound: n > 0 ? sum / Double(n) : compound) }
                if sentenceFacts.openCountries > 0 || sentenceFacts.openRegions > 0 { sentenceFacts.endSentence(compound: compound) }
            }
            scoredSentences = tokens.sentenceByteRanges.count
            // Forms: distinct surfaces, sorted (decoded once per distinct byte sequence).
            mentionRows.reserveCapacity(entities.count)
            for e in entities {
                var forms: [String] = []
                forms.reserveCapacity(entityForms.reduce(0) { $0 + ($1.id == e.id ? 1 : 0) })
                for form in entityForms where form.id == e.id {
                    forms.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[form.start..<(form.start + form.length)]), as: UTF8.self))
                }
                if forms.count > 1 {
                    forms.sort()
                    var unique: [String] = []
                    unique.reserveCapacity(forms.count)
                    for form in forms where unique.last != form { unique.append(form) }
                    forms = unique
                }
                mentionRows.append(.init(entity: g.code(of: EntityID(e.id)), mentions: e.count, firstOffset: e.first, forms: forms))
            }
        }
        record.words = tokens.tokens.count
        record.sentences = tokens.sentences.count
        let n = Double(max(1, scoredSentences))
        record.sentiment = !english || !scoresSentiment ? nil : .init(compound: sums.compound / n, positive: sums.positive / n,
                                                  negative: sums.negative / n, neutral: scoredSentences == 0 ? 1 : sums.neutral / n,
                                                  tone: tone.tone, polarity: tone.polarity)

        // Mention rows by code for output; countries and regions in index order for aggregation. Entity ids put
        // every country (its index) before every region (index + country count), so one sort by id gives both.
        record.mentions = mentionRows.sorted { $0.entity < $1.entity }
        entities.sort { $0.id < $1.id }
        // Sorted by id, the entities are the countries, then the regions.
        let firstRegion = entities.firstIndex { g.countryIndex(of: EntityID($0.id)) == nil } ?? entities.count
        let countries = entities[..<firstRegion].map(\.id), countryMentions = entities[..<firstRegion].map(\.count)
        let regions = entities[firstRegion...].map { $0.id - Int32(g.countries.count) }
        let regionMentions = entities[firstRegion...].map(\.count)
        record.countries = countries.map { g.countries[Int($0)].alpha2 }
        record.countries.sort()

        record.datelineCountry = datelineCountry.map { g.countries[$0].alpha2 }
        record.focus = focusSelector.select(dateline: datelineCountry, title: titleCountries, body: bodyCountries)
            .map { g.countries[$0].alpha2 }.sorted()

        return ArticleFacts(date: article.date, period: period.key(for: article.date), countries: countries,
                            countryMentions: countryMentions, regions: regions, regionMentions: regionMentions,
                            sentenceTable: sentenceFacts, datelineCountry: datelineCountry.map { Int32($0) })
    }
}
