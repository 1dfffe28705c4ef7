/// Reads the date field of the records of one file into `yyyy-mm-dd`, deciding the day/month order of numeric
/// dates for the file's date column as a whole.
///
/// A numeric date such as `03/05/2024` could be day- or month-first. The first date in the column with a number
/// above 12 settles the order; until then such dates are read month-first, and that is reported once (a later
/// date that settles it the other way is reported too). `--date-format` removes the question.
struct DateReader {
    enum Order { case unknown, dayFirst, monthFirst }

    /// Seconds east of UTC of the zone dates are given in (`--timezone`; 0 = UTC).
    let zoneOffset: Int
    /// A `strptime`-style format (`--date-format`), tried before the recognised forms.
    let format: DateFormat?
    private(set) var order = Order.unknown
    private var readAmbiguous = 0
    private var reportedAmbiguous = false
    private var reportedInvalid = 0

    /// Invalid-date warnings given per file before they are only counted.
    static let maxInvalidReports = 20

    init(options: IngestOptions) {
        zoneOffset = options.timeZoneOffset
        format = options.dateFormat
    }

    /// The ISO date of `raw`, or nil (with a diagnostic) when it is not a date.
    mutating func read(_ raw: String, path: String, line: Int, report: (Diagnostic) -> Void) -> String? {
        let text = raw.trimmingSpaces()
        if text.utf8.count == 10, let iso = DateField.isoDate(text) { return iso }
        if let format, let t = format.parse(text) {
            let reading = t.offset.map {
                DateText.shifted(year: t.year, month: t.month, day: t.day, seconds: t.seconds, writtenOffset: $0, zoneOffset: zoneOffset)
            } ?? .date(year: t.year, month: t.month, day: t.day)
            if case .date(let y, let m, let d) = reading { return DateField.format(year: y, month: m, day: d) }
        }
        switch DateText.read(text, zoneOffset: zoneOffset) {
        case .date(let y, let m, let d)?:
            return DateField.format(year: y, month: m, day: d)
        case .settled(let y, let m, let d, let dayFirst)?:
            settle(dayFirst: dayFirst, text: text, path: path, line: line, report: report)
            return DateField.format(year: y, month: m, day: d)
        case .ambiguous(let first, let second, let year)?:
            // Settled dates of the column come back as `.date`; note which order they showed.
            if order == .dayFirst { return DateField.format(year: year, month: second, day: first) }
            readAmbiguous += 1
            if !reportedAmbiguous && order == .unknown {
                reportedAmbiguous = true
                report(Diagnostic(.warning, "ambiguous-date", path: path, line: line,
                                  "numeric date \"\(text)\" could be day- or month-first and no date so far settles it: "
                                      + "read month-first (--date-format %d/%m/%Y reads day-first)"))
            }
            return DateField.format(year: year, month: first, day: second)
        case nil:
            if reportedInvalid < Self.maxInvalidReports {
                report(Diagnostic(.warning, "invalid-date", path: path, line: line,
                                  "date \"\(raw)\" is not a date geotone can read; left undated (--date-format names a format)"))
            }
            reportedInvalid += 1
            return nil
        }
    }

    /// Notes what a settled numeric date (`first` or `second` above 12) says about the column's order.
    mutating func settle(dayFirst: Bool, text: String, path: String, line: Int, report: (Diagnostic) -> Void) {
        guard order == .unknown else { return }
        order = dayFirst ? .dayFirst : .monthFirst
        if dayFirst && readAmbiguous > 0 {
            report(Diagnostic(.warning, "ambiguous-date", path: path, line: line,
                              "\"\(text)\" shows the dates are day-first; \(readAmbiguous) earlier ambiguous date(s) were read "
                                  + "month-first (give --date-format %d/%m/%Y)"))
        }
    }
}
