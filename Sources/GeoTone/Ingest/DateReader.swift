/// Reads the date field of the records of one file into `yyyy-mm-dd`, deciding the day/month order of numeric
/// dates for the file's date column as a whole.
///
/// A numeric date such as `03/05/2024` could be day- or month-first. The first date of the column with a number
/// above 12 settles the order. Articles with such dates are held back (in order, with the ones after them) until the
/// column settles it, for at most `maxHeldArticles` articles or `maxHeldBytes` of text; when the column has not
/// settled it by then (or by the end of the file), they are read month-first and that is reported once.
/// `--date-format` removes the question.
struct DateReader {
    enum Order { case unknown, dayFirst, monthFirst }

    /// The first two numbers and the year of a numeric date whose order is not known yet.
    struct Ambiguity: Equatable {
        var first: Int
        var second: Int
        var year: Int
        var text: String
    }

    /// What a date field gave.
    enum Value: Equatable {
        case date(String)
        case ambiguous(Ambiguity)
        case none
    }

    /// Seconds east of UTC of the zone dates are given in (`--timezone`; 0 = UTC).
    let zoneOffset: Int
    /// A `strptime`-style format (`--date-format`), tried before the recognised forms.
    let format: DateFormat?
    private(set) var order = Order.unknown
    private var held: [(article: Article, ambiguity: Ambiguity?)] = []
    private var heldBytes = 0
    private var readUnsettled = 0
    private var reportedInvalid = 0

    /// Articles held back at most while the column's day/month order is open.
    static let maxHeldArticles = 2000
    /// Text bytes held back at most while the column's day/month order is open.
    static let maxHeldBytes = 16 << 20
    /// Invalid-date warnings given per file; further ones are not reported.
    static let maxInvalidReports = 20

    init(options: IngestOptions) {
        zoneOffset = options.timeZoneOffset
        format = options.dateFormat
    }

    /// The date of `raw`; an invalid one is reported.
    mutating func read(_ raw: String, path: String, line: Int, report: (Diagnostic) -> Void) -> Value {
        let text = raw.trimmingSpaces()
        // The usual case: an ISO date, or an ISO datetime without a zone (its date is the written one).
        if text.utf8.count == 10 || (format == nil && Self.isZonelessISODateTime(text)), let iso = DateField.isoDate(text) {
            return .date(iso)
        }
        if let format, let t = format.parse(text) {
            let reading = t.offset.map {
                DateText.shifted(year: t.year, month: t.month, day: t.day, seconds: t.seconds, writtenOffset: $0, zoneOffset: zoneOffset)
            } ?? .date(year: t.year, month: t.month, day: t.day)
            if case .date(let y, let m, let d) = reading { return .date(DateField.format(year: y, month: m, day: d)) }
        }
        switch DateText.read(text, zoneOffset: zoneOffset) {
        case .date(let y, let m, let d)?:
            return .date(DateField.format(year: y, month: m, day: d))
        case .settled(let y, let m, let d, let dayFirst)?:
            if order == .unknown {
                order = dayFirst ? .dayFirst : .monthFirst
                if dayFirst && readUnsettled > 0 {
                    report(Diagnostic(.warning, "ambiguous-date", path: path, line: line,
                                      "\"\(text)\" shows the dates are day-first, but \(readUnsettled) earlier ambiguous date(s) "
                                          + "were already read month-first (give --date-format %d/%m/%Y)"))
                }
            }
            return .date(DateField.format(year: y, month: m, day: d))
        case .ambiguous(let first, let second, let year)?:
            return .ambiguous(Ambiguity(first: first, second: second, year: year, text: text))
        case nil:
            if reportedInvalid < Self.maxInvalidReports {
                report(Diagnostic(.warning, "invalid-date", path: path, line: line,
                                  "date \"\(raw)\" is not a date geotone can read; left undated (--date-format names a format)"))
            }
            reportedInvalid += 1
            return .none
        }
    }

    /// `yyyy-mm-ddThh:mm…` (or with a space) with no zone after the time: no letter, `+` or `-` past the date.
    static func isZonelessISODateTime(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count > 10, utf8.count <= 32 else { return false }
        var i = 0
        for b in utf8 {
            if i == 10 { guard b == UInt8(ascii: "T") || b == UInt8(ascii: " ") else { return false } }
            else if i > 10 {
                guard (b >= 48 && b <= 57) || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") else { return false }
            }
            i += 1
        }
        return true
    }

    /// Emits `article` (dated with `ambiguity` once the order is known), holding it back while the order is open.
    mutating func pass(_ article: Article, _ ambiguity: Ambiguity?, emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        if held.isEmpty && (ambiguity == nil || order != .unknown) {
            emit(dated(article, ambiguity))
            return
        }
        held.append((article, ambiguity))
        heldBytes += article.body.utf8.count
        if order != .unknown || held.count >= Self.maxHeldArticles || heldBytes >= Self.maxHeldBytes {
            release(emit: emit, report: report)
        }
    }

    /// Emits every held article (month-first, reported once, when the order is still open).
    mutating func release(emit: (Article) -> Void, report: (Diagnostic) -> Void) {
        guard !held.isEmpty else { return }
        if order == .unknown, let first = held.first(where: { $0.ambiguity != nil }) {
            report(Diagnostic(.warning, "ambiguous-date", path: first.article.sourcePath, line: first.article.line,
                              "numeric dates such as \"\(first.ambiguity!.text)\" could be day- or month-first and no date of "
                                  + "the column settles it: read month-first (--date-format %d/%m/%Y reads day-first)"))
            readUnsettled += held.filter { $0.ambiguity != nil }.count
        }
        for (article, ambiguity) in held { emit(dated(article, ambiguity)) }
        held.removeAll()
        heldBytes = 0
    }

    private func dated(_ article: Article, _ ambiguity: Ambiguity?) -> Article {
        guard let a = ambiguity else { return article }
        var dated = article
        let (month, day) = order == .dayFirst ? (a.second, a.first) : (a.first, a.second)
        dated.date = DateField.format(year: a.year, month: month, day: day)
        dated.dateSource = .field
        return dated
    }
}
