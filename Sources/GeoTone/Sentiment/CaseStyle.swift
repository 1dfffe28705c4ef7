/// How a sentence uses capitals as a whole (news mode): sentence case, Title Case or ALL CAPS.
///
/// Capitals carry two signals in VADER-style scoring: an ALL CAPS word in mixed text is emphasis, and (news
/// mode) a capitalised word inside a sentence is a name. Both signals exist only when the text is written
/// in sentence case. A headline in Title Case ("Police Killed at Least 378 Black Americans") or a text in
/// ALL CAPS (Reuters titles, wire slugs) capitalises every word, so neither rule can apply to it.
struct CaseStyle: Equatable {
    /// The text is ALL CAPS as a whole: caps carry no emphasis.
    var shouted = false
    /// The text is in Title Case as a whole: a capital does not mark a name.
    var titled = false

    /// Sentence case (what `.vader` mode assumes of every text).
    static let sentenceCase = CaseStyle(shouted: false, titled: false)

    init(shouted: Bool, titled: Bool) {
        self.shouted = shouted
        self.titled = titled
    }

    /// The style of `tokens`, from three counts: ALL CAPS tokens, capitalised tokens and tokens that start
    /// with a lower-case letter. Tokens without letters (numbers, punctuation) do not count.
    ///
    /// - Complexity: O(n) in the tokens; reads one flag byte each.
    init(tokens: UnsafeBufferPointer<ScoringToken>, upper: Int) {
        var capitalised = 0, lower = 0
        for token in tokens {
            if token.flags.contains(.titleCase) { capitalised += 1 } else if token.flags.contains(.lowerInitial) { lower += 1 }
        }
        let cased = capitalised + lower + upper
        shouted = upper * Self.shoutedShare.denominator > cased * Self.shoutedShare.numerator
        titled = !shouted && capitalised + upper >= Self.minimumTitleWords
            && lower * Self.titledRatio <= capitalised + upper
    }

    /// More than this share of the cased tokens in ALL CAPS makes the text shouted (1/2).
    static let shoutedShare = (numerator: 1, denominator: 2)
    /// Title Case needs at least this many capitalised words.
    static let minimumTitleWords = 3
    /// Title Case: at least this many capitalised words per lower-case one (headline style keeps short
    /// function words such as "at", "of", "in" lower-case: "Police Killed at Least 378 Black Americans").
    static let titledRatio = 3
}
