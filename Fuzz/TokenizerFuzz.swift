/// Fuzzes text normalisation and the byte tokenizer: token ranges must stay inside the text.
enum TokenizerFuzz {
    static let tokenizer = Tokenizer(abbreviations: AbbreviationList(words: ["mr", "u.s", "dr", "st"]))
    static let normalizer = TextNormalizer()

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let normalized = normalizer.normalize(Array(bytes))
        var text = TokenizedText()
        normalized.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, into: &text)
            for token in text.tokens {
                precondition(token.start >= 0 && token.start <= token.end && Int(token.end) <= buffer.count,
                              "token range outside the text")
            }
        }
    }
}
