/// The date of an article taken from its dateline, when nothing better dates it.
enum DatelineDate {
    /// Sets `article.date` from the dateline's month and day: with the year written in the dateline, else
    /// `defaultYear` (`--default-year`), else `fileYear` (only given with `--date-from-file-time`); a dateline date
    /// without any year is reported and left out.
    static func apply(_ dateline: Dateline, to article: inout Article, defaultYear: Int?, fileYear: Int?,
                      path: String, line: Int, report: (Diagnostic) -> Void) {
        guard let month = dateline.month, let day = dateline.day else { return }
        let year: (Int, DateSource)? = dateline.year.map { ($0, .dateline) }
            ?? defaultYear.map { ($0, .datelineDefaultYear) } ?? fileYear.map { ($0, .datelineFileYear) }
        guard let (y, source) = year else {
            report(Diagnostic(.info, "dateline-without-year", path: path, line: line,
                              "the dateline's date has no year; left undated (give --default-year, or --date-from-file-time)"))
            return
        }
        let date = DateField.format(year: y, month: month, day: day)
        if DateField.valid(year: y, month: month, day: day) {
            article.date = date
            article.dateSource = source
        } else {
            report(Diagnostic(.warning, "invalid-date", path: path, line: line, "dateline date \(date) does not exist; left undated"))
        }
    }
}
