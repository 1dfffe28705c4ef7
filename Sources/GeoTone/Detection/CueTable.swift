/// The disambiguation word sets as token-hash sets, for the matcher's rules.
///
/// Looked up only for tokens next to a candidate alias, never once per text token.
struct CueTable: Sendable {
    let office: Set<UInt64>
    let languageBefore: Set<UInt64>
    let notCountryAfter: Set<UInt64>
    let languageLink: Set<UInt64>
    let placeBefore: Set<UInt64>
    let suffixStop: Set<UInt64>
    let facility: Set<UInt64>
    let titleLowercase: Set<UInt64>
    let townAfter: Set<UInt64>
    let givenNames: Set<UInt64>

    init(_ d: Disambiguation) {
        let tokenizer = Tokenizer()
        // The token hash folds case, so `Andrew` and `president` are looked up as the text writes them.
        func hashes(_ words: [String]) -> Set<UInt64> { Set(words.compactMap { Gazetteer.aliasKey($0, tokenizer).first }) }
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
