import Testing
@testable import GeoTone

/// Language per article: script first, then function words for Latin script; `und` when unsure, and English
/// wire copy (tables, headlines in capitals) never read as another language.
@Suite struct LanguageDetectorTests {
    static let detector: LanguageDetector = {
        let tokenizer = Tokenizer()
        return try! LanguageDetector.load(path: PipelineFixture.datasets + "/text/function_words.tsv", tokenizer: tokenizer)
    }()

    /// The filter in front of the table never turns a function word away: every word of the file is found with its
    /// language's bit, and a word that is none is not.
    @Test func everyFunctionWordPassesTheFilter() throws {
        let path = PipelineFixture.datasets + "/text/function_words.tsv"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
        var checked = 0
        for line in lines {
            let f = line.split(separator: "\t")
            guard f.count == 2, let language = Language(rawValue: String(f[0])),
                  let bit = LanguageDetector.profiled.firstIndex(of: language),
                  let token = Tokenizer().tokenize(Array(f[1].utf8)).tokens.first else { continue }
            #expect(Self.detector.probe(token.hash) & (1 << UInt8(bit)) != 0, "\(f[1]) (\(language))")
            checked += 1
        }
        #expect(checked > 300)
        let other = try #require(Tokenizer().tokenize(Array("Kazakhstan".utf8)).tokens.first)
        #expect(Self.detector.probe(other.hash) == 0)
    }

    func detect(_ text: String) -> Language {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer().tokenize(bytes)
        return bytes.withUnsafeBufferPointer { Self.detector.detect(tokens, bytes: $0) }
    }

    @Test(arguments: [
        ("Rusia y Estados Unidos firmaron el acuerdo en la capital de Kazajistán.", Language.es),
        ("La Russie et les États-Unis ont signé l'accord dans la capitale.", .fr),
        ("Russland und die Vereinigten Staaten haben das Abkommen in der Hauptstadt unterzeichnet.", .de),
        ("A Rússia e os Estados Unidos assinaram o acordo na capital do país.", .pt),
        ("La Russia e gli Stati Uniti hanno firmato l'accordo nella capitale del paese.", .it),
        ("Rusya ve ABD anlaşmayı başkentte imzaladı, dedi bakan bu sabah.", .tr),
        ("Россия и США подписали соглашение в столице Казахстана.", .ru),
        ("وقعت روسيا والولايات المتحدة الاتفاق في العاصمة.", .ar),
        ("俄罗斯和美国在哈萨克斯坦首都签署了协议。", .zh),
        ("ロシアと米国はカザフスタンの首都で協定に署名した。", .ja),
        ("Russia and the United States signed the agreement in the capital of Kazakhstan.", .en),
    ])
    func detectsTheLanguageOfASentence(text: String, language: Language) {
        #expect(detect(text) == language)
    }

    /// A Japanese sentence starting with a number is still Japanese (the token `33歳、…` starts with a digit).
    @Test func japaneseStartingWithDigitsIsJapanese() {
        #expect(detect("33歳、34歳、39歳の3人の男は、ロンドンベリーの家に何回も衝突していたところを逮捕された。") == .ja)
    }

    /// Wire tables and headlines in capitals have almost no function words: not Italian, Portuguese or German.
    @Test(arguments: [
        "DEL E. WEBB INVESTMENT <DWPA> 4TH QTR NET\nShr eight cts vs 16 cts\nNet 188,000 vs 354,000\n(Del E. Webb Investment Properties Inc)",
        "STONE CONTAINER CORP HIKES CONTAINERBOARD PRICES 30 DLRS A TON ALL GRADES EFFECTIVE APRIL SIX",
        "BBC AG BROWN BOVERI UND CIE <BBCZ.Z> 1986 YEAR\nParent Company net profit 12.8 mln Swiss francs vs 7.5 mln.",
    ])
    func englishWireCopyIsNotAnotherLanguage(text: String) {
        #expect(detect(text).readsAsEnglish)
    }

    @Test func noWordsIsUndetermined() {
        #expect(detect("12,5 % / 3.4") == .und)
    }
}
