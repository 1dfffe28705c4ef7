import Testing
@testable import GeoTone

/// Wire datelines in every form wire services use, at the opening of the text in every input format.
@Suite struct WireDatelineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let place: String
        let month: Int?
        let day: Int?
        let year: Int?
        let agency: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "WASHINGTON (Reuters) - The Senate voted.", place: "WASHINGTON", month: nil, day: nil, year: nil, agency: "Reuters"),
        Case(text: "LONDON, March 3 (Reuters) - Shares fell.", place: "LONDON", month: 3, day: 3, year: nil, agency: "Reuters"),
        Case(text: "BEIJING (AP) — China said.", place: "BEIJING", month: nil, day: nil, year: nil, agency: "AP"),
        Case(text: "NEW YORK (CNN) -- Stocks rose.", place: "NEW YORK", month: nil, day: nil, year: nil, agency: "CNN"),
        Case(text: "COMMACK, N.Y., Feb 26 - Sales rose.", place: "COMMACK, N.Y.", month: 2, day: 26, year: nil, agency: nil),
        Case(text: "PARIS, 12 March 2024 (AFP) - Talks began.", place: "PARIS", month: 3, day: 12, year: 2024, agency: "AFP"),
        Case(text: "Astana, Feb 28 (EFE).- Kazakhstan signed.", place: "Astana", month: 2, day: 28, year: nil, agency: "EFE"),
        Case(text: "PORT-AU-PRINCE (Reuters) - Gangs fired.", place: "PORT-AU-PRINCE", month: nil, day: nil, year: nil, agency: "Reuters"),
        Case(text: "  \nBOGOTÁ (EFE) – Colombia's.", place: "BOGOTÁ", month: nil, day: nil, year: nil, agency: "EFE"),
        Case(text: "Frankfurt am Main (dpa) - Shares rose.", place: "Frankfurt am Main", month: nil, day: nil, year: nil, agency: "dpa"),
        Case(text: "OAKLAND , N.J., March 2 - Diagnostic bid.", place: "OAKLAND, N.J.", month: 3, day: 2, year: nil, agency: nil),
        // The New York Times and AP without an agency: a place in capitals before an en or em dash.
        Case(text: "WASHINGTON — Congressional Republicans met.", place: "WASHINGTON", month: nil, day: nil, year: nil, agency: nil),
        Case(text: "KYIV, Ukraine — Sirens sounded.", place: "KYIV, Ukraine", month: nil, day: nil, year: nil, agency: nil),
        Case(text: "SÃO PAULO – Brazil's markets fell.", place: "SÃO PAULO", month: nil, day: nil, year: nil, agency: nil),
    ]

    @Test(arguments: cases) func parsesEveryWireForm(_ c: Case) throws {
        let d = try #require(Dateline.parse(Substring(c.text)))
        #expect(d.place == c.place)
        #expect(d.month == c.month && d.day == c.day && d.year == c.year)
        #expect(d.agency == c.agency)
        let rest = String(decoding: Array(c.text.utf8).dropFirst(d.length), as: UTF8.self)
        #expect(rest.first?.isUppercase == true, "the body starts after the dash: \(rest)")
    }

    @Test(arguments: [
        "Officials said on Monday - nothing changed.",      // neither date nor agency
        "The minister, who spoke on Monday, March 3 - said.", // a clause, not a place
        "Prices rose 3 % (year on year) in March.",           // no closing dash
        "Paris, the capital, Feb 3 (AFP) - x",                // lower-case place part
        "WASHINGTON\n(Reuters) - split over two lines",
        "TOKYO RUBBER (YEN PER KILO) - RSS NO 1 MAY 190.00",   // a price table's heading
        "LONDON COCOA OPEN POSITION (REVISED) - 1,234 lots",
        "Officials from Paris, Feb 3 (AFP) - x",             // a lower-case word in the place
        "MONEY RATES - Fed funds 6.10",                       // capitals before a hyphen: a wire table's heading
        "CORRECTION — In a story on Monday",                  // a newsroom label, not a place
        "BREAKING NEWS — Markets fell",
        "Washington — a city of monuments",                   // a place not in capitals needs a date or an agency
        "THE WHITE HOUSE STAFF SAID — nothing",               // more than three words
    ]) func rejectsOpeningsThatAreNotDatelines(_ text: String) {
        #expect(Dateline.parse(Substring(text)) == nil)
    }

    /// The opening of a JSON line's text gives place, agency and country-resolvable place; the text loses the dateline.
    @Test func jsonlTextOpeningGivesDateline() throws {
        let line = #"{"title": "Vote", "text": "WASHINGTON (Reuters) - The Senate voted on Tuesday."}"#
        let (articles, _) = IngestTestSupport.read(line + "\n", name: "w.jsonl")
        let a = try #require(articles.first)
        #expect(a.datelinePlace == "WASHINGTON")
        #expect(a.agency == "Reuters")
        #expect(a.body == "The Senate voted on Tuesday.")
        #expect(a.date == nil)
    }

    /// A CSV text column's dateline date fills `date` when there is no date column, with the default year.
    @Test func csvTextOpeningDatesTheArticleWhenNoDateColumn() throws {
        let csv = "title,text\nSales,\"COMMACK, N.Y., Feb 26 - Sales rose.\"\n"
        let (articles, _) = IngestTestSupport.read(csv, name: "c.csv", options: IngestOptions(defaultYear: 1987))
        let a = try #require(articles.first)
        #expect(a.datelinePlace == "COMMACK, N.Y.")
        #expect(a.date == "1987-02-26")
        #expect(a.dateSource == .datelineDefaultYear)
    }

    /// A date field wins over the dateline's date; the dateline field wins over the text's opening.
    @Test func dateFieldAndDatelineFieldWin() throws {
        let line = #"{"date": "2024-05-01", "dateline": "BEIJING (AP) -", "text": "LONDON, 12 March 2023 (Reuters) - Talks."}"#
        let (articles, _) = IngestTestSupport.read(line + "\n", name: "d.jsonl")
        let a = try #require(articles.first)
        #expect(a.date == "2024-05-01" && a.dateSource == .field)
        #expect(a.datelinePlace == "BEIJING" && a.agency == "AP")
        #expect(a.body == "Talks.")
        let undated = #"{"text": "PARIS, 12 March 2024 (AFP) - Talks began."}"#
        let b = try #require(IngestTestSupport.read(undated + "\n", name: "e.jsonl").articles.first)
        #expect(b.date == "2024-03-12" && b.dateSource == .dateline)
    }

    /// Every wire form resolves to its country through the gazetteer's dateline resolver (US states included).
    @Test(arguments: [("WASHINGTON (Reuters) -", "US"), ("COMMACK, N.Y., Feb 26 -", "US"), ("BEIJING (AP) —", "CN"),
                      ("NEW YORK (CNN) --", "US"), ("LONDON, March 3 (Reuters) -", "GB"), ("PARIS, 12 March 2024 (AFP) -", "FR"),
                      ("Astana, Feb 28 (EFE).-", "KZ")])
    func placeResolvesToCountry(_ opening: String, _ country: String) throws {
        let g = try Gazetteer.load(directory: TestPaths.packageRoot + "/Datasets/gazetteer")
        let d = try #require(Dateline.parse(Substring(opening + " Text.")))
        let c = try #require(DatelineResolver(gazetteer: g).resolve(d.place))
        #expect(g.countries[c].alpha2 == country)
    }
}
