#if canImport(Glibc)
import Glibc
#endif

/// Fuzzes the country matcher over the real gazetteer: mentions must cover tokens inside the text.
enum MatcherFuzz {
    static let gazetteer: Gazetteer = {
        do { return try Gazetteer.load(directory: FuzzTarget.datasets + "/gazetteer") } catch {
            fputs("cannot load the gazetteer from \(FuzzTarget.datasets): \(error)\n", stderr)
            exit(2)
        }
    }()
    static let matcher = CountryMatcher(gazetteer: gazetteer)
    static let tokenizer = Tokenizer()
    static let normalizer = TextNormalizer()

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let normalized = normalizer.normalize(Array(bytes))
        var text = TokenizedText()
        normalized.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, into: &text)
            for m in matcher.matches(in: text, bytes: buffer) {
                precondition(m.tokenStart >= 0 && m.tokenStart < m.tokenEnd && Int(m.tokenEnd) <= text.tokens.count,
                              "mention token range outside the text")
                precondition(m.byteStart >= 0 && m.byteStart <= m.byteEnd && Int(m.byteEnd) <= buffer.count,
                              "mention byte range outside the text")
            }
        }
    }
}
