/// The disambiguation word sets as token-hash sets, for the matcher's rules.
///
/// Looked up only for tokens next to a candidate alias, never once per text token.
struct CueTable: Sendable {
    let office: TokenSet
    let languageBefore: TokenSet
    let notCountryAfter: TokenSet
    let languageLink: TokenSet
    let placeBefore: TokenSet
    let suffixStop: TokenSet
    let facility: TokenSet
    let titleLowercase: TokenSet
    let townAfter: TokenSet
    let givenNames: TokenSet

    init(_ d: Disambiguation) {
        let tokenizer = Tokenizer()
        // The token hash folds case, so `Andrew` and `president` are looked up as the text writes them.
        func hashes(_ words: [String]) -> TokenSet { TokenSet(words.compactMap { Gazetteer.aliasKey($0, tokenizer).first }) }
        office = hashes(d.words(.office))
        languageBefore = hashes(d.words(.languageBefore))
        notCountryAfter = hashes(d.words(.notCountryAfter))
        languageLink = hashes(d.words(.languageLink))
        placeBefore = hashes(d.words(.placeBefore))
        suffixStop = hashes(d.words(.suffixStop))
        facility = hashes(d.words(.facility))
        titleLowercase = hashes(d.words(.titleLowercase))
        townAfter = hashes(d.words(.townAfter))
        givenNames = hashes(d.givenNames)
    }
}
