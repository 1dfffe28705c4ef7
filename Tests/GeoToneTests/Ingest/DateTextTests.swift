import Testing
@testable import GeoTone

/// The date forms corpora use, read without options; datetimes with a zone dated in UTC (or `--timezone`).
@Suite struct DateTextTests {
    static func iso(_ text: String, zone: Int = 0) -> String? {
        switch DateText.read(text, zoneOffset: zone) {
        case .date(let y, let m, let d)?, .settled(let y, let m, let d, _)?: return DateField.format(year: y, month: m, day: d)
        default: return nil
        }
    }

    @Test(arguments: [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:00:00Z", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-06"),     // 04:30 UTC the next day
        ("2024-03-05T01:00:00.123+02:00", "2024-03-04"),
        ("2024-03-05 10:00", "2024-03-05"),
        ("1987-02-26T15:01:01.79", "1987-02-26"),
        ("20240305", "2024-03-05"),
        ("20240305T101500Z", "2024-03-05"),              // ISO 8601 basic, as GDELT writes it
        ("20240305T2330-0500", "2024-03-06"),
        ("20240305T1015", "2024-03-05"),
        ("2024/03/05", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 +0000", "2024-03-05"),
        ("Tue, 5 Mar 2024 23:00:00 PST", "2024-03-06"),
        ("Wed, 06 Mar 2024 00:30:00 GMT", "2024-03-06"),
        ("March 5, 2024", "2024-03-05"),
        ("December 31, 2017 ", "2017-12-31"),
        ("Mar 5, 2024", "2024-03-05"),
        ("Mar. 5, 2024", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("05-MAR-2024", "2024-03-05"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26"),
        ("1709632800", "2024-03-05"),
        ("1709632800000", "2024-03-05"),
        ("25/12/2023", "2023-12-25"),
        ("12/25/2023", "2023-12-25"),
        ("7.7.2021", "2021-07-07"),
    ]) func readsWithoutOptions(_ text: String, _ expected: String) {
        #expect(Self.iso(text) == expected)
    }

    @Test(arguments: ["", "yesterday", "2024-02-30", "31 Foo 2024", "2024-03-05T25:00", "2024-03-05 junk", "12345",
                      "March 2024", "05-MAR-24x", "2024-03-05T10:00+99:00", "Tue, 32 Mar 2024",
                      "20240305T25", "20240305T2500Z", "20240230T101500Z", "20240305T101500 junk"])
    func rejectsNonDates(_ text: String) {
        #expect(DateText.read(text, zoneOffset: 0) == nil)
    }

    @Test func timezoneMovesDatetimesButNotDates() {
        #expect(Self.iso("2024-03-05T20:00:00Z", zone: 5 * 3600 + 1800) == "2024-03-06")
        #expect(Self.iso("2024-03-05", zone: -8 * 3600) == "2024-03-05")
        #expect(DateText.offset("+05:30") == 19_800 && DateText.offset("-0800") == -28_800 && DateText.offset("UTC") == 0)
        #expect(DateText.offset("Europe/Paris") == nil)
    }

    @Test func ambiguousNumericDates() {
        #expect(DateText.read("03/05/2024", zoneOffset: 0) == .ambiguous(first: 3, second: 5, year: 2024))
        #expect(DateText.read("13/05/2024", zoneOffset: 0) == .settled(year: 2024, month: 5, day: 13, dayFirst: true))
    }

    @Test func civilDayArithmeticRoundTrips() {
        for days in stride(from: -60_000, through: 90_000, by: 37) {
            let (y, m, d) = DateText.civil(days: days)
            #expect(DateText.days(year: y, month: m, day: d) == days)
        }
        #expect(DateText.days(year: 1970, month: 1, day: 1) == 0)
    }
}

/// `--date-format` and the per-column decision on day/month order.
@Suite struct DateReaderTests {
    /// The dates a file's column of `values` gets, through holding and release, in emission order.
    static func read(_ values: [String], format: String? = nil) -> (dates: [String?], diagnostics: [Diagnostic]) {
        var options = IngestOptions()
        options.dateFormat = format.flatMap(DateFormat.init)
        var reader = DateReader(options: options)
        var diagnostics: [Diagnostic] = []
        var emitted: [Article] = []
        for (index, value) in values.enumerated() {
            var article = Article(id: "\(index)", sourcePath: "f.csv", line: index + 2, title: "", body: "x")
            var ambiguity: DateReader.Ambiguity?
            switch reader.read(value, path: "f.csv", line: index + 2, report: { diagnostics.append($0) }) {
            case .date(let d): article.date = d
            case .ambiguous(let a): ambiguity = a
            case .none: break
            }
            reader.pass(article, ambiguity, emit: { emitted.append($0) }, report: { diagnostics.append($0) })
        }
        reader.release(emit: { emitted.append($0) }, report: { diagnostics.append($0) })
        #expect(emitted.map(\.id) == values.indices.map { "\($0)" }, "articles keep their order")
        return (emitted.map(\.date), diagnostics)
    }

    @Test func aColumnThatSettlesDayFirstReadsTheRestDayFirst() {
        let (dates, diagnostics) = Self.read(["25/12/2023", "03/05/2024"])
        #expect(dates == ["2023-12-25", "2024-05-03"])
        #expect(diagnostics.isEmpty)
    }

    @Test func aColumnSettledLaterStillDecidesTheEarlierDates() {
        let (dates, diagnostics) = Self.read(["03/05/2024", "2024-01-01", "04/06/2024", "25/12/2023"])
        #expect(dates == ["2024-05-03", "2024-01-01", "2024-06-04", "2023-12-25"])
        #expect(diagnostics.isEmpty)
    }

    @Test func anUnsettledColumnIsReadMonthFirstAndReportedOnce() {
        let (dates, diagnostics) = Self.read(["03/05/2024", "04/06/2024"])
        #expect(dates == ["2024-03-05", "2024-04-06"])
        #expect(diagnostics.map(\.code) == ["ambiguous-date"])
        #expect(diagnostics.map(\.line) == [2])
    }

    @Test func dateFormatDecides() {
        #expect(Self.read(["03/05/2024 14:00"], format: "%d/%m/%Y %H:%M").dates == ["2024-05-03"])
        #expect(Self.read(["Le 3 mars"], format: "%d/%m/%Y").dates == [nil])
        #expect(Self.read(["2024.03.05 23:30 -0500"], format: "%Y.%m.%d %H:%M %z").dates == ["2024-03-06"])
        #expect(Self.read(["5 Mar 24, 9:15 PM"], format: "%d %b %y, %I:%M %p").dates == ["2024-03-05"])
        #expect(DateFormat("%Q") == nil)
    }

    @Test func invalidDatesAreReported() {
        let (dates, diagnostics) = Self.read(["soon"])
        #expect(dates == [nil])
        #expect(diagnostics.map(\.code) == ["invalid-date"])
    }
}
