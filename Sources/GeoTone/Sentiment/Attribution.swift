/// How a sentence's tone is attributed to a target it names (a country, in the pipeline).
///
/// Measured on the NewsMTSC train targets (Documentation/Scoring.md, "Attribution"): sentiment towards a
/// target follows the whole sentence better than the clause or the span between targets, except where the
/// sentence is not about the target at all: a target that is the setting ("protests in Iran") or the
/// speaker ("Russia said …") gets no tone.
public enum Attribution: String, Sendable, CaseIterable {
    /// Every target of a sentence gets the sentence's compound (the mean over sentences naming it).
    case sentence
    /// As `sentence`, except that a target named as the setting, a destination or the speaker gets 0.
    case target

    /// The compound for the target at bytes `target` of `sentence`, given the sentence's compound.
    ///
    /// - Complexity: O(k) in the bytes of the words next to the target.
    public func compound(sentence: UnsafeBufferPointer<UInt8>, target: Range<Int>, sentenceCompound: Double) -> Double {
        switch self {
        case .sentence:
            return sentenceCompound
        case .target:
            return TargetCue.neutralizes(sentence: sentence, target: target) ? 0 : sentenceCompound
        }
    }
}

/// The words around a target that show it is not what the sentence evaluates.
///
/// Like ``RuleWord``, these few function words are part of the rule itself (English syntax, not a lexicon).
enum TargetCue {
    /// A preposition of place right before the target (after an optional "the"): the target is where
    /// something happens ("protests in Iran", "voters in the United States"). Not "at", "to", "from",
    /// "against" on their own: a target after those is often what the sentence is about.
    static let setting: [[UInt8]] = ["in", "inside", "within", "throughout", "across"].map { Array($0.utf8) }
    /// A verb or preposition of movement whose object is a destination ("banned from entering the U.S.",
    /// "recently visited Hungary", "troops moved into Syria"): the target is where someone goes.
    static let destination: [[UInt8]] = ["into", "toward", "towards", "enter", "enters", "entered", "entering",
                                         "visit", "visits", "visited", "visiting"].map { Array($0.utf8) }
    /// A word of movement before "to" ("a visit to Ukraine", "returning to U.S. soil", "flew to Mexico"):
    /// "to" then marks a destination, not a recipient ("a threat to America", "sold out to Russia").
    static let movementBeforeTo: [[UInt8]] = [
        "visit", "visits", "visited", "visiting", "trip", "trips", "journey", "travel", "travels", "traveled",
        "travelled", "traveling", "travelling", "return", "returns", "returned", "returning", "fly", "flies",
        "flew", "flying", "flight", "flights", "go", "goes", "went", "going", "gone", "come", "comes", "came",
        "coming", "move", "moves", "moved", "moving", "fled", "flee", "fleeing", "deported", "deportation",
        "headed", "heading", "sailed", "drove", "arrived", "way", "back",
    ].map { Array($0.utf8) }
    static let to: [UInt8] = Array("to".utf8)
    /// A speech verb right after the target: the target is the speaker, and the sentence reports its view
    /// ("Russia said the sanctions were illegal").
    static let speaker: [[UInt8]] = ["said", "says", "say", "told", "tells"].map { Array($0.utf8) }
    static let article: [UInt8] = Array("the".utf8)

    /// Whether the target at `target` is named as a setting, a destination or a speaker.
    static func neutralizes(sentence: UnsafeBufferPointer<UInt8>, target: Range<Int>) -> Bool {
        guard target.lowerBound >= 0, target.upperBound <= sentence.count else { return false }
        var before = word(endingBefore: target.lowerBound, in: sentence)
        if let w = before, matches(sentence, w, article) { before = word(endingBefore: w.lowerBound, in: sentence) }
        if let w = before {
            if setting.contains(where: { matches(sentence, w, $0) }) || destination.contains(where: { matches(sentence, w, $0) }) {
                return true
            }
            if matches(sentence, w, to), let m = word(endingBefore: w.lowerBound, in: sentence),
               movementBeforeTo.contains(where: { matches(sentence, m, $0) }) {
                return true
            }
        }
        if let w = word(startingAfter: target.upperBound, in: sentence), speaker.contains(where: { matches(sentence, w, $0) }) {
            return true
        }
        return false
    }

    /// The letters-only word separated from `end` by spaces only, if any.
    static func word(endingBefore end: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var e = end
        while e > 0 && text[e - 1] == UInt8(ascii: " ") { e -= 1 }
        guard e < end else { return nil }
        var s = e
        while s > 0 && isLetter(text[s - 1]) { s -= 1 }
        guard s < e, s == 0 || isSpace(text[s - 1]) else { return nil }
        return s..<e
    }

    /// The letters-only word separated from `start` by spaces only, if any.
    static func word(startingAfter start: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var s = start
        while s < text.count && text[s] == UInt8(ascii: " ") { s += 1 }
        guard s > start else { return nil }
        var e = s
        while e < text.count && isLetter(text[e]) { e += 1 }
        guard e > s, e == text.count || !isLetter(text[e]) && text[e] != UInt8(ascii: "'") else { return nil }
        return s..<e
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// Whether `text[range]` equals the lower-case `word`, ignoring ASCII case.
    static func matches(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard range.count == word.count else { return false }
        for (k, b) in zip(range, word) where text[k] | 0x20 != b { return false }
        return true
    }
}
