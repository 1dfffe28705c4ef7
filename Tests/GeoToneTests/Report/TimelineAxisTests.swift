import Testing
@testable import GeoTone

/// The timeline keeps empty periods on its axis.
@Suite struct TimelineAxisTests {
    @Test func emptyMonthsStayOnTheAxis() {
        #expect(TimelineAxis.filled(["2023-11", "2024-02", "unknown"]) == ["2023-11", "2023-12", "2024-01", "2024-02", "unknown"])
    }

    @Test func emptyWeeksAndDaysToo() {
        #expect(TimelineAxis.filled(["2020-W52", "2021-W02"]) == ["2020-W52", "2020-W53", "2021-W01", "2021-W02"])
        #expect(TimelineAxis.filled(["2024-02-28", "2024-03-01"]) == ["2024-02-28", "2024-02-29", "2024-03-01"])
    }

    @Test func aVeryLongSpanKeepsOnlyThePeriodsWithData() {
        #expect(TimelineAxis.filled(["1990-01-01", "2024-01-01"]) == ["1990-01-01", "2024-01-01"])
        #expect(TimelineAxis.filled(["unknown"]) == ["unknown"])
    }
}
