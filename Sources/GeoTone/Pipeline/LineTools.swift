/// Country codes for single lines of text (`geotone countries`).
public final class LineCountryDetector: @unchecked Sendable {
    let gazetteer: Gazetteer
    let tokenizer: Tokenizer
    let matcher: CountryMatcher
    let normalizer = TextNormalizer()

    public init(datasetsDirectory: String, mentionKinds: [String]?) throws {
        let g = try Gazetteer.load(directory: datasetsDirectory + "/gazetteer")
        gazetteer = g
        tokenizer = Tokenizer(abbreviations: try AbbreviationList.load(path: datasetsDirectory + "/text/abbreviations.txt"))
        var kinds = MentionKind.defaultKinds
        if let mentionKinds {
            var chosen: Set<MentionKind> = []
            var unknown: [String] = []
            for name in mentionKinds {
                if let k = MentionKind(rawValue: name) { chosen.insert(k) } else { unknown.append("unknown mention kind \"\(name)\"") }
            }
            if !unknown.isEmpty { throw ConfigurationError(problems: unknown) }
            kinds = chosen
        }
        matcher = CountryMatcher(gazetteer: g, kinds: kinds)
    }

    /// Sorted, unique alpha-2 codes of the countries mentioned in `line`.
    public func countries(in line: String) -> [String] {
        let bytes = normalizer.normalize(Array(line.utf8))
        var tokens = TokenizedText()
        var codes: Set<String> = []
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer, into: &tokens)
            for m in matcher.matches(in: tokens, bytes: buffer) {
                if let c = gazetteer.countryIndex(of: m.entity) { codes.insert(gazetteer.countries[c].alpha2) }
            }
        }
        return codes.sorted()
    }
}

/// Sentence scores for single lines (`geotone score`).
public struct LineSentimentScorer: Sendable {
    let scorer: SentimentScorer

    public init(datasetsDirectory: String, lexicon: String) throws {
        let (lex, mode) = try LexiconChoice.load(lexicon, datasetsDirectory: datasetsDirectory)
        scorer = SentimentScorer(lexicon: lex, mode: mode)
    }

    /// `neg<TAB>neu<TAB>pos<TAB>compound`, rounded half-even to 3, 3, 3 and 4 decimals as the reference prints them.
    public func formattedScores(_ line: String) -> String {
        let s = scorer.score(line).scores
        func f(_ x: Double, _ d: Int) -> String { PythonFloatText.format(PythonRounding.round(x, digits: d)) }
        return "\(f(s.negative, 3))\t\(f(s.neutral, 3))\t\(f(s.positive, 3))\t\(f(s.compound, 4))"
    }
}

/// Python's `repr` of a float that was rounded to a few decimals (`0.0`, `0.853`, `-0.4404`).
public enum PythonFloatText {
    public static func format(_ x: Double) -> String {
        if x == 0 { return "0.0" }
        var s = "\(x)"
        if !s.contains(".") && !s.contains("e") { s += ".0" }
        return s
    }
}
