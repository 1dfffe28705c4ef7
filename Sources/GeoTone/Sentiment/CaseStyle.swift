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

    /// More than this share of the cased tokens in ALL CAPS makes the text shouted (1/2).
    static let shoutedShare = (numerator: 1, denominator: 2)
    /// Title Case needs at least this many capitalised words.
    static let minimumTitleWords = 3
    /// Title Case: at least this many capitalised words per lower-case one (headline style keeps short
    /// function words such as "at", "of", "in" lower-case: "Police Killed at Least 378 Black Americans").
    static let titledRatio = 3
}

extension CaseStyle {
    /// The style of a text from three counts of its tokens: ALL CAPS, capitalised, and starting with a lower-case
    /// letter (tokens without letters do not count). The tokenizer counts them in its one pass (``SentimentTokenizer/Summary``).
    init(upper: Int, capitalised: Int, lower: Int) {
        let cased = capitalised + lower + upper
        let shouted = upper * Self.shoutedShare.denominator > cased * Self.shoutedShare.numerator
        self.init(shouted: shouted, titled: !shouted && capitalised + upper >= Self.minimumTitleWords
                    && lower * Self.titledRatio <= capitalised + upper)
    }
}
