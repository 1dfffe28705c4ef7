import Testing
@testable import GeoTone

@Suite struct DateFieldTests {
    @Test(arguments: [
        ("2023-02-28", "2023-02-28"),
        ("2023-02-28T10:00:00Z", "2023-02-28"),
        ("2023/02/28", "2023-02-28"),
        ("20230228", "2023-02-28"),
        ("2024-02-29", "2024-02-29"),
    ]) func readsISODates(_ input: String, _ expected: String) {
        #expect(DateField.isoDate(input) == expected)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-02-00", "202302281", "2023-02/28",
                      "Feb 28 2023", "", "1799-12-31", "2201-01-01", "２０２３-02-28"])
    func rejectsNonDates(_ input: String) {
        #expect(DateField.isoDate(input) == nil)
    }

    /// Every valid date written `yyyy-mm-dd` comes back as written; other spellings are rebuilt the same way.
    @Test func isoDatesComeBackAsWritten() {
        for year in [1800, 1999, 2024, 2200] {
            for month in 1...12 {
                for day in 1...31 where DateField.valid(year: year, month: month, day: day) {
                    let iso = DateField.format(year: year, month: month, day: day)
                    #expect(DateField.isoDate(iso) == iso)
                    #expect(DateField.isoDate(String(iso.map { $0 == "-" ? "/" : $0 })) == iso)
                    #expect(DateField.isoDate(iso + " 10:00") == iso)
                }
            }
        }
    }

    @Test func leapYears() {
        #expect(DateField.valid(year: 2000, month: 2, day: 29))
        #expect(!DateField.valid(year: 2100, month: 2, day: 29))
        #expect(DateField.valid(year: 2024, month: 12, day: 31))
        #expect(!DateField.valid(year: 2024, month: 4, day: 31))
    }

    @Test func formatPads() {
        #expect(DateField.format(year: 999, month: 1, day: 2) == "0999-01-02")
    }
}
