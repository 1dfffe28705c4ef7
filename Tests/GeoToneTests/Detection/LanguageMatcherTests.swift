import Testing
@testable import GeoTone

/// The per-language rules, each with a short real sentence, through the product path (`--language` given).
@Suite struct LanguageMatcherTests {
    static let resources: [Language: AnalysisResources] = {
        var r: [Language: AnalysisResources] = [:]
        for l in Language.other {
            r[l] = try! AnalysisResources(datasetsDirectory: PipelineFixture.datasets, lexicon: "news", mentionKinds: nil,
                                          language: l.rawValue)
        }
        return r
    }()

    func countries(_ language: Language, _ text: String) -> [String] {
        var analyzer = SingleArticleAnalyzer(resources: Self.resources[language]!)
        return analyzer.analyze(body: text).countries
    }

    @Test(arguments: [
        // Romance: names, inflected demonyms, elisions, one-way accent folding, capitals required for names.
        (Language.es, "Rusia y Estados Unidos firmaron el acuerdo.", ["RU", "US"]),
        (.es, "Los ministros estadounidenses y los rusos hablaron en Pekín.", ["CN", "RU", "US"]),
        (.es, "MEXICO y PERU firmaron.", ["MX", "PE"]),
        (.es, "La reunión terminó tarde.", []),
        (.es, "El general San Martín cruzó los Andes.", []),
        (.fr, "Le président de l'Allemagne s'est rendu à Londres.", ["DE", "GB"]),
        (.fr, "Les autorités nord-coréennes ont répondu.", ["KP"]),
        (.it, "Il governo dell'Italia e quello degli Stati Uniti.", ["IT", "US"]),
        (.pt, "A reunião com o presidente da Rússia foi adiada.", ["RU"]),
        (.pt, "Os britânicos votaram na Escócia.", ["GB"]),
        // German: endings on every word, nominal demonyms, hyphen compounds.
        (.de, "Die Wirtschaft Ägyptens und der Vereinigten Staaten wächst.", ["EG", "US"]),
        (.de, "Viele Amerikaner reisten nach Schottland.", ["GB", "US"]),
        (.de, "Der US-Präsident traf Bernhard in Bern.", ["CH", "US"]),
        // Turkish: suffixes after an apostrophe dropped, dotted and dotless I folded, capital for demonyms.
        (.tr, "Türkiye'nin ve İngiltere'nin bakanları görüştü.", ["GB", "TR"]),
        (.tr, "İSPANYA ve IRAK arasında anlaşma.", ["ES", "IQ"]),
        (.tr, "Bir çek imzaladı.", []),
        // Russian: stems with a minimum length, capital for names, ё → е.
        (.ru, "В России и Германии прошли выборы.", ["DE", "RU"]),
        (.ru, "Первый визит в Перу.", ["PE"]),
        (.ru, "После того как он уехал.", []),
        (.ru, "Он приехал в Чад.", ["TD"]),
        (.ru, "Переговоры с Северной Кореей продолжились.", ["KP"]),
        (.ru, "Клуб «Ливингстон» победил.", []),
        // Arabic: proclitics peeled, spelling variants folded.
        (.ar, "وقالت روسيا والصين إن الاتفاق مهم.", ["CN", "RU"]),
        (.ar, "زار الرئيس الأمريكي بريطانيا.", ["GB", "US"]),
        // Chinese and Japanese: longest match, one-character abbreviations in compounds, katakana runs.
        (.zh, "中美关系在印度尼西亚会谈后改善。", ["CN", "ID", "US"]),
        (.zh, "8日中午他到达了。", []),
        (.ja, "タイトルの変更について。", []),
        (.ja, "タイの首相が日米会談に出席した。", ["JP", "TH", "US"]),
        (.ja, "インドネシアとインドの首脳。", ["ID", "IN"]),
    ])
    func readsTheRule(language: Language, text: String, expected: [String]) {
        #expect(countries(language, text) == expected, "\(language): \(text)")
    }

    /// A hostile word of 200,000 letters and 100,000 Han characters are read in one pass (stems are looked up only
    /// up to the longest stem, phrases only from characters that start one).
    @Test func hostileInputIsLinear() {
        let clock = ContinuousClock()
        let start = clock.now
        #expect(countries(.es, String(repeating: "a", count: 200_000) + " Rusia") == ["RU"])
        #expect(countries(.zh, String(repeating: "的", count: 100_000) + "俄罗斯") == ["RU"])
        #expect(countries(.ar, String(repeating: "ب", count: 100_000)) == [])
        #expect(clock.now - start < .seconds(20))
    }

    /// Articles in other languages get no tone (empty, not zero) and still their countries.
    @Test func otherLanguagesHaveNoSentiment() {
        var analyzer = SingleArticleAnalyzer(resources: Self.resources[.es]!)
        let record = analyzer.analyze(body: "Rusia y Estados Unidos firmaron un terrible acuerdo.")
        #expect(record.sentiment == nil)
        #expect(record.language == "es")
    }

    /// Every language's file loads against the English gazetteer with its rules.
    @Test func everyLanguageFileLoads() throws {
        let g = try Gazetteer.load(directory: PipelineFixture.datasets + "/gazetteer")
        let all = try LanguageGazetteer.loadAll(directory: PipelineFixture.datasets + "/gazetteer/languages", gazetteer: g)
        for l in Language.other { #expect((all[l]?.aliases.count ?? 0) >= 400, "\(l)") }
        #expect(all[.de]?.rules.endings.contains("s") == true)
        #expect(all[.ru]?.rules.minimumStem == 3)
    }
}
