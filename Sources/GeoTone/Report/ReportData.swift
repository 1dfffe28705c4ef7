/// Everything one report shows about one run, read from the result store.
///
/// Rows are kept in the order the report prints them (never in hash order).
public struct ReportData: Sendable {
    /// The run (one row of `runs`).
    public typealias Run = RunRecord
    /// One row of `country_stats`.
    public typealias Country = CountryRow
    /// One row of `comentions`.
    public typealias Pair = PairRow
    /// One row of `region_stats`.
    public typealias Region = RegionRow
    /// One row of `timeline`.
    public typealias TimelinePoint = TimelineRow

    public var run: Run
    /// First and last article date (ISO), when any article is dated.
    public var dateRange: (first: String, last: String)?
    /// Countries by articles (descending), then code.
    public var countries: [Country]
    /// Pairs by articles (descending), then codes.
    public var pairs: [Pair]
    /// Regions by level, then articles (descending), then name.
    public var regions: [Region]
    /// Timeline points by entity type, entity, period.
    public var timeline: [TimelinePoint]
    /// Diagnostics in the order they were reported.
    public var diagnostics: [Diagnostic]

    /// The country with `code`, if it was mentioned.
    public func country(_ code: String) -> Country? { countries.first { $0.code == code } }
}
