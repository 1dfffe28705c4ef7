import Testing
@testable import GeoTone

@Suite struct DatelineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let place: String
        let month: Int
        let day: Int
        let year: Int?
        let agency: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Astana, Feb 28 (EFE).- Kazakhstan signed.", place: "Astana", month: 2, day: 28, year: nil, agency: "EFE"),
        Case(text: "NEW YORK, March 3 - Stocks rose.", place: "NEW YORK", month: 3, day: 3, year: nil, agency: nil),
        Case(text: "Kyiv, 28 Feb (EFE).- Drones hit.", place: "Kyiv", month: 2, day: 28, year: nil, agency: "EFE"),
        Case(text: "WASHINGTON, Jan. 9, 2024 (GTW) — Talks began.", place: "WASHINGTON", month: 1, day: 9, year: 2024, agency: "GTW"),
        Case(text: "Rio de Janeiro, Sept 7 – Crowds gathered.", place: "Rio de Janeiro", month: 9, day: 7, year: nil, agency: nil),
        // Other agencies' forms and month names (issue 21).
        Case(text: "MADRID, 3 mar (EFE).- El Gobierno aprobó.", place: "MADRID", month: 3, day: 3, year: nil, agency: "EFE"),
        Case(text: "ROMA, 5 giu (ANSA) - Il governo ha approvato.", place: "ROMA", month: 6, day: 5, year: nil, agency: "ANSA"),
        Case(text: "BERLIN, 3. März (dpa) - Die Regierung hat.", place: "BERLIN", month: 3, day: 3, year: nil, agency: "dpa"),
        Case(text: "SÃO PAULO, 12 out (Reuters) - O governo anunciou.", place: "SÃO PAULO", month: 10, day: 12, year: nil, agency: "Reuters"),
        Case(text: "Bogotá, 14 septiembre 2023 (EFE).- El presidente dijo.", place: "Bogotá", month: 9, day: 14, year: 2023, agency: "EFE"),
    ]

    @Test(arguments: cases) func parsesDateline(_ c: Case) throws {
        let d = try #require(Dateline.parse(Substring(c.text)))
        #expect(d.place == c.place)
        #expect(d.month == c.month)
        #expect(d.day == c.day)
        #expect(d.year == c.year)
        #expect(d.agency == c.agency)
        // The dateline's length ends at the start of the body text.
        let rest = String(decoding: Array(c.text.utf8).dropFirst(d.length), as: UTF8.self)
        #expect(rest.first?.isLetter == true, "body should start after the dash: \(rest)")
    }

    @Test(arguments: [
        "The minister, who spoke on Monday - said nothing.",
        "Paris, the capital - is busy.",
        "Paris, Feb 31 2024",               // no dash
        "Paris, Foo 3 - text",              // not a month
        ", Feb 3 - no place",
        "A very long place name that goes on and on and on and on, Feb 3 - x",
        "",
    ]) func rejectsNonDatelines(_ text: String) {
        #expect(Dateline.parse(Substring(text)) == nil)
    }

    @Test func placeOfAField() {
        #expect(Dateline.place(ofField: "SALVADOR, Feb 26 -") == "SALVADOR")
        #expect(Dateline.place(ofField: "  Lima, Peru  ") == "Lima, Peru")
        // The state after the city decides the country, so it stays with the place.
        #expect(Dateline.place(ofField: "STAMFORD, Conn., March 3 -") == "STAMFORD, Conn.")
        #expect(Dateline.place(ofField: "Astana, Feb 28 (EFE).-") == "Astana")
        #expect(Dateline.place(ofField: "   ") == nil)
    }

    /// The String shortcut (printable ASCII at both ends: returned as it is) agrees with the general trimming.
    @Test(arguments: ["Peru", " Peru ", "Peru\n", "\r\nPeru", "a", " ", "", "\u{00A0}Lima\u{00A0}", "x\r\n", "é ", "(x)",
                      "a \u{0301}", " \u{0301}a", "Lima\t"])
    func trimmingShortcutAgrees(_ text: String) {
        #expect(text.trimmingSpaces() == text[...].trimmingSpaces())
    }
}
