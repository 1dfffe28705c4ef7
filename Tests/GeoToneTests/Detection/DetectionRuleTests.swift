import Testing
@testable import GeoTone

/// Every detection rule on short real sentences, through the product's path (`SingleArticleAnalyzer`, default
/// options, the project's data): what `geotone countries` prints and `analyze` writes in `countries`.
@Suite struct DetectionRuleTests {
    static func check(_ cases: [(String, [String])]) throws {
        for (text, expected) in cases {
            #expect(try ProductionPath.countries(text) == expected, "\(text)")
        }
    }

    /// Names, demonyms, capitals, seats, constituent countries, regions and cities all count by default.
    @Test func everyKindOfReference() throws {
        try Self.check([
            ("Russian President Vladimir Putin spoke.", ["RU"]),
            ("French President Jacques Chirac spoke.", ["FR"]),
            ("Chinese President Xi Jinping said the talks would go on.", ["CN"]),
            ("The Kremlin rejected the report.", ["RU"]),
            ("Tokyo and Seoul signed the accord.", ["JP", "KR"]),
            ("Wales lost to England.", ["GB"]),
            ("Holland drew with Spain.", ["ES", "NL"]),
            ("Moscow and Washington disagreed.", ["RU", "US"]),
            ("A Downing Street source said the vote would be close.", ["GB"]),
            ("Officials in Kyiv said the grid held.", ["UA"]),
            ("The Northern Ireland executive met on Monday.", ["GB"]),
            ("Rallies in Mexico City drew thousands.", ["MX"]),
            ("Flights from Almaty resumed.", ["KZ"]),
            ("Voters in Texas and Ohio went to the polls.", ["US"]),
        ])
    }

    /// The name rule reads a capitalised word after an ambiguous name as a person's name, but not after a
    /// demonym, not before an office and not in a title-case headline; a given name before any place is a person.
    @Test func namesAndTitles() throws {
        try Self.check([
            ("Striker Jordan Ellis scored twice.", []),
            ("Chad Smith played the drums.", []),
            ("Coach Joe Jordan praised the team.", []),
            ("Andrew Jordan spoke at the meeting.", []),
            ("Monica French said the audit was late.", []),
            ("Chad President Idriss Deby arrived.", ["TD"]),
            ("Irish Voters Back New Government", ["IE"]),
            ("Jordan Closes Border Crossing With Syria", ["JO", "SY"]),
        ])
    }

    /// A rejected reading spreads only to occurrences that nothing confirms, and never from a demonym.
    @Test func rejectionsSpreadPerReading() throws {
        try Self.check([
            ("Striker Jordan Ellis scored twice. Jordan has worked for this moment.", []),
            ("Jordan Ellis scored. King Abdullah of Jordan watched the game.", ["JO"]),
            ("French fries were served. The French government objected.", ["FR"]),
        ])
    }

    /// Not places: languages, cuisines, events, clubs, streets and buildings, wire tickers.
    @Test func notPlaces() throws {
        try Self.check([
            ("Andrew Jordan spoke in Spanish at the Australian Open.", []),
            ("She answered in French and then in German.", []),
            ("Mexican food is popular in the town.", []),
            ("Manchester United won on Saturday.", []),
            ("The fire at 6016 Dublin Road was put out.", []),
            ("Students of Paris High School raised money.", []),
            ("Shares of <UK> companies fell.", []),
        ])
    }

    /// Homonymous places: a qualifier, a county suffix or the text's local evidence says which country.
    @Test func homonymousPlaces() throws {
        try Self.check([
            ("Voters in Paris, Tex., chose a new mayor.", ["US"]),
            ("He grew up in London, Ontario, and moved west.", ["CA"]),
            ("Athens, Ga., is home to the state's oldest university.", ["US"]),
            ("Protesters gathered in Tbilisi, Georgia, on Sunday.", ["GE"]),
            ("Russia, Georgia and Ukraine were named.", ["GE", "RU", "UA"]),
            ("The Guernsey County sheriff said the road was closed.", ["US"]),
            ("A Lebanon woman was charged. Police in Ohio said she fled.", ["US"]),
            ("The Athens city council met. Greek officials attended.", ["GR"]),
            ("Lebanon police said a Lebanon woman was charged in Ohio.", ["US"]),
            ("Sales in Minnesota grew. Mexico is the largest foreign buyer.", ["MX", "US"]),
            ("Kingston, south of Brisbane, was flooded. Queensland police closed roads.", ["AU"]),
            ("The Texas-based company opened an office in Tokyo.", ["JP", "US"]),
            ("MOSCOW (Reuters) - Beijing has warned Tokyo.", ["CN", "JP", "RU"]),
        ])
    }

    /// Entities fold like the characters they stand for.
    @Test func entities() throws {
        try Self.check([
            ("U.S.&#8211;Russia talks resumed.", ["RU", "US"]),
            ("U.S.&ndash;Russia talks resumed.", ["RU", "US"]),
            ("Kazakhstan&rsquo;s president spoke.", ["KZ"]),
        ])
    }

    /// `--mention-kinds` takes `all` and `default`, and names the bad entry.
    @Test func mentionKindLists() throws {
        #expect(try MentionKind.parseSet("all") == Set(MentionKind.allCases))
        #expect(try MentionKind.parseSet("default") == MentionKind.defaultKinds)
        #expect(try MentionKind.parseSet("name, demonym") == [.name, .demonym])
        #expect(throws: DetectionError.self) { try MentionKind.parseSet("name,town") }
        #expect(throws: ConfigurationError.self) {
            try AnalysisResources(datasetsDirectory: PipelineFixture.datasets, lexicon: "news", mentionKinds: ["towns"])
        }
    }
}
