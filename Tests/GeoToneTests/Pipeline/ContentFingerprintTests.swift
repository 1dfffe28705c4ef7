import Testing
@testable import GeoTone

@Suite struct ContentFingerprintTests {
    /// The definition, written the slow and obvious way: runs of tab/LF/CR/space become one space, leading runs
    /// vanish, title and body each end with a line feed.
    static func reference(_ article: Article) -> FastHash.Digest {
        var bytes: [UInt8] = []
        for part in [article.title, article.body] {
            var lastSpace = true
            for b in part.utf8 {
                let space = b == 0x09 || b == 0x0A || b == 0x0D || b == 0x20
                if !space { bytes.append(b) } else if !lastSpace { bytes.append(0x20) }
                lastSpace = space
            }
            bytes.append(0x0A)
        }
        var hash = FastHash()
        bytes.withUnsafeBufferPointer { hash.update($0) }
        return hash.digest()
    }

    static let texts = ["", " ", "Kyiv", "  Kyiv  talks \r\n\t on\u{0B}grain ", "Ünïcode — “quotes” \u{A0}nbsp", "a\n\n\nb",
                        String(repeating: "word ", count: 400), "\t\t", "x\u{0C}y"]

    @Test func matchesTheDefinition() {
        var scratch: [UInt8] = []
        for title in Self.texts {
            for body in Self.texts {
                let article = Article(id: "1", sourcePath: "p", line: 1, title: title, body: body)
                #expect(ContentFingerprint.digest(of: article, scratch: &scratch) == Self.reference(article), "\(title.debugDescription) / \(body.debugDescription)")
            }
        }
    }

    /// Seeded random texts of white space, letters and non-ASCII bytes at every length and alignment, so that the
    /// eight-byte path and the byte-by-byte path meet at every offset.
    @Test func matchesTheDefinitionOnRandomTexts() {
        let pieces = [" ", "  ", "\t", "\n", "\r\n", "a", "bc", "Kyiv", "é", "—", "\u{0B}", "\u{A0}", "x y", "longerword", "!", "\u{1F}", "\u{7F}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var scratch: [UInt8] = []
        for _ in 0..<3_000 {
            let parts = next() % 40
            var body = ""
            for _ in 0..<parts { body += pieces[next() % pieces.count] }
            let article = Article(id: "1", sourcePath: "p", line: 1, title: pieces[next() % pieces.count], body: body)
            #expect(ContentFingerprint.digest(of: article, scratch: &scratch) == Self.reference(article), "\(body.debugDescription)")
        }
    }

    @Test func zeroBytesMarksExactlyTheZeroBytes() {
        for value: UInt64 in [0, 0x0100_0000_0000_0000, 0x8000_0000_0000_0080, 0xFF00_FF00_0100_0001, UInt64.max, 0x0001_0000_0000_0100] {
            var expected: UInt64 = 0
            for k in 0..<8 where (value >> (8 * UInt64(k))) & 0xFF == 0 { expected |= 0x80 << (8 * UInt64(k)) }
            #expect(ContentFingerprint.zeroBytes(value) == expected, "\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        ("Chile and  Peru", "Chile and Peru", true),
        ("\n Chile and Peru", "Chile and Peru", true),     // a leading run is dropped
        ("Chile and Peru\n", "Chile and Peru", false),     // a trailing run stays as one space
        ("\tChile and Peru", "Chile and Peru ", false),   // a trailing space is kept as one space
        ("Chile\r\nand Peru", "Chile and Peru", true),
        ("Chile and Peru", "Chile and Perú", false),
        ("Chile\u{A0}and Peru", "Chile and Peru", false),   // no-break space is not collapsed
    ])
    func whitespaceRunsDoNotMatter(a: String, b: String, same: Bool) {
        let x = Article(id: "1", sourcePath: "p", line: 1, title: "T", body: a)
        let y = Article(id: "2", sourcePath: "q", line: 9, title: "T", body: b)
        #expect((ContentFingerprint.digest(of: x) == ContentFingerprint.digest(of: y)) == same)
    }

    @Test func titleAndBodyAreKeptApart() {
        let x = Article(id: "1", sourcePath: "p", line: 1, title: "Chile", body: "Peru")
        let y = Article(id: "1", sourcePath: "p", line: 1, title: "Chile Peru", body: "")
        #expect(ContentFingerprint.digest(of: x) != ContentFingerprint.digest(of: y))
    }
}
