import Foundation
import Testing
@testable import GeoTone

/// Validates every file in Datasets/lexicons and the loaders' error reporting.
@Suite("Lexicon data")
struct LexiconDataTests {
    static let lexiconDir = SentimentTestSupport.datasets + "/lexicons"

    @Test("every bundled lexicon loads", arguments: SentimentLexicon.bundledNames)
    func bundledLoads(_ name: String) throws {
        let lexicon = try SentimentLexicon.loadBundled(name, datasetsDirectory: SentimentTestSupport.datasets)
        #expect(lexicon.name == name)
        #expect(lexicon.termCount > 3000)
        #expect(lexicon.checksum.count == 64)
    }

    /// The emoji lexicon read on bytes gives the entries the line-by-line reading gives: the bundled file, and lines
    /// with the cases the two must agree on (a repeated emoji, a sequence of several scalars, white space around an
    /// emoji, beyond ASCII too, a third field, blank lines).
    @Test("the emoji lexicon read on bytes equals the line-by-line reading")
    func emojiReadOnBytes() throws {
        let crafted = ["😀\tgrinning face", "😀\tgrinning again", "👍🏽\tthumbs up: medium skin tone", "  ☀\tsun\textra field  ",
                       "\u{00A0}🙂\tslightly smiling\u{2003}", "", "   ", "\u{3000}", "❤ \tspace before the tab", "\u{1F600}x\ttwo scalars"]
        let path = try HistoryFixture.temporaryDirectory("emoji") + "/emoji.txt"
        try (crafted.joined(separator: "\r\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        for file in [try LexiconFile(path: path), try LexiconFile(path: Self.lexiconDir + "/emoji_utf8_lexicon.txt")] {
            var bytes = LexiconDefinition(), rows = LexiconDefinition()
            #expect(LexiconParsers.readWellFormedEmoji(file, into: &bytes))
            try LexiconParsers.readEmojiRows(file, into: &rows)
            #expect(bytes.emoji.count == rows.emoji.count && bytes.emoji.count >= 3)
            #expect(bytes.emoji.map(\.codePoint) == rows.emoji.map(\.codePoint))
            #expect(bytes.emoji.map(\.description) == rows.emoji.map(\.description))
        }
        // A line without a tab is left to the line-by-line reading, which names it.
        try "😀\tgrinning\n🙂 no tab\n".write(toFile: path, atomically: true, encoding: .utf8)
        var d = LexiconDefinition()
        #expect(!LexiconParsers.readWellFormedEmoji(try LexiconFile(path: path), into: &d))
        #expect(d.emoji.isEmpty)
        #expect(throws: SentimentError.self) { try LexiconParsers.readEmoji(try LexiconFile(path: path), into: &d) }
    }

    @Test("the lexicons subfolder itself is accepted as datasets directory")
    func lexiconFolderAccepted() throws {
        let a = try SentimentLexicon.loadBundled("vader", datasetsDirectory: Self.lexiconDir)
        #expect(a.checksum == SentimentTestSupport.vader.checksum)
    }

    @Test("checksums differ between lexicons and are stable")
    func checksums() throws {
        let again = try SentimentLexicon.loadBundled("news", datasetsDirectory: SentimentTestSupport.datasets)
        #expect(again.checksum == SentimentTestSupport.news.checksum)
        #expect(SentimentTestSupport.news.checksum != SentimentTestSupport.vader.checksum)
    }

    @Test("SOURCE.md records the sha256 of every data file")
    func sourceChecksums() throws {
        let source = try String(contentsOfFile: Self.lexiconDir + "/SOURCE.md", encoding: .utf8)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.lexiconDir).filter { $0 != "SOURCE.md" }.sorted()
        #expect(files.count >= 13)
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: Self.lexiconDir + "/" + file))
            let digest = SHA256.hex(of: [UInt8](data))
            #expect(source.contains("| `\(file)` |") && source.contains(digest), "SOURCE.md lacks \(file) \(digest)")
        }
    }

    @Test("unknown bundled name is an error listing the known ones")
    func unknownName() {
        #expect(throws: SentimentError.unknownBundledLexicon(name: "sentiwordnet", known: SentimentLexicon.bundledNames)) {
            try SentimentLexicon.loadBundled("sentiwordnet", datasetsDirectory: SentimentTestSupport.datasets)
        }
    }

    @Test("a missing folder reports the path")
    func missingFolder() {
        #expect(throws: SentimentError.self) {
            try SentimentLexicon.loadBundled("vader", datasetsDirectory: "/nonexistent")
        }
    }

    @Test("the rule files hold the reference's lists")
    func ruleFiles() throws {
        let d = SentimentTestSupport.vader.definition
        #expect(d.boosters.count == 84)
        #expect(d.negations.count == 59)
        #expect(d.idioms.count == 9)
        #expect(d.terms.count + d.phrases.count == 7506)  // 7,520 lines, 14 repeated keys
        #expect(d.emoji.count == 1212)
    }
}
