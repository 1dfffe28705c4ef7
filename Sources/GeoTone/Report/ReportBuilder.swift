/// Turns one run (and optionally an earlier one) into a single self-contained HTML page.
///
/// No JavaScript, no external resources: the charts are inline SVG written here. The output depends only on
/// the data, so the same run always gives byte-identical HTML.
public struct ReportBuilder {
    /// Countries in the ranked bar chart.
    public static let topCountries = 20
    /// Countries in the co-mention heatmap.
    public static let heatmapCountries = 25
    /// Pairs drawn in the network.
    public static let networkPairs = 30
    /// Country panels in the timeline small multiples.
    public static let timelineCountries = 6
    /// Rows in each "biggest movers" list.
    public static let movers = 10
    /// A country needs this many articles for its mean sentiment to colour the sentiment map.
    public static let minArticlesForSentiment = 2
    /// The smallest sentiment scale limit (so that near-neutral runs do not look dramatic).
    public static let minSentimentLimit = 0.1
    /// Diagnostics listed in the page (all stay in the database).
    public static let maxDiagnosticsListed = 200

    let data: ReportData
    let previous: ReportData?
    let map: WorldMap
    let groupNames: [String: String]
    let names: [String: String]

    /// A builder for `data`, compared with `previous` when given; `groupNames` maps group codes (e.g. `G7`) to
    /// display names.
    public init(data: ReportData, previous: ReportData?, map: WorldMap, groupNames: [String: String] = [:]) {
        self.data = data
        self.previous = previous
        self.map = map
        self.groupNames = groupNames
        var names: [String: String] = [:]
        for shape in map.shapes { names[shape.code] = shape.name }
        for country in (previous?.countries ?? []) + data.countries { names[country.code] = country.name }
        self.names = names
    }

    /// The whole page.
    public func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<title>\(ReportFormat.escape(pageTitle))</title><style>\(ReportStyle.css)</style></head><body>\n"
        html += "<header><h1>\(ReportFormat.escape(pageTitle))</h1><p class=\"lede\">\(ReportFormat.escape(lede))</p></header>\n"
        html += "<main>\n"
        html += headlineSection() + "\n"
        html += mapSection() + "\n"
        html += topCountriesSection() + "\n"
        html += pairsSection() + "\n"
        html += regionsSection() + "\n"
        html += timelineSection() + "\n"
        html += comparisonSection() + "\n"
        html += diagnosticsSection() + "\n"
        html += "</main><footer>\(ReportFormat.escape(footer))</footer>\n</body></html>\n"
        return html
    }

    var pageTitle: String {
        let label = data.run.label.map { " (\($0))" } ?? ""
        return "geotone report: run \(data.run.id)\(label)"
    }

    var lede: String {
        "Which countries the news mentions, which ones together, and in what tone: \(ReportFormat.count(data.run.articles)) articles"
            + (data.dateRange.map { " dated \($0.first) to \($0.last)" } ?? "")
            + ", analysed \(data.run.finishedAt ?? data.run.startedAt)."
    }

    var footer: String {
        "geotone \(data.run.toolVersion), run \(data.run.id), started \(data.run.startedAt). Sentiment is the mean "
            + "VADER-style compound score of the sentences that mention a country (−1 most negative, +1 most positive). "
            + otherLanguagesNote
            + "Country shapes: Natural Earth 1:110m (public domain)."
    }

    /// Says that articles in other languages count for countries but not for tone (empty when there are none).
    var otherLanguagesNote: String {
        guard !data.otherLanguages.isEmpty else { return "" }
        let list = data.otherLanguages.map { "\($0.code) \(ReportFormat.count($0.articles))" }.joined(separator: ", ")
        return "Articles in other languages (\(list)) count for countries and pairs but have no tone: sentiment is scored "
            + "in English only. "
    }

    /// A country's display name (falls back to the code).
    func name(_ code: String) -> String { names[code] ?? code }

    /// A region or group's display name.
    func regionName(_ region: ReportData.Region) -> String {
        region.level == "group" ? (groupNames[region.region] ?? region.region) : region.region
    }

    /// A section with a heading, a one-line reading guide, a figure and the numbers beneath.
    func section(id: String, heading: String, guide: String, body: String) -> String {
        "<section id=\"\(id)\"><h2>\(ReportFormat.escape(heading))</h2><p class=\"guide\">\(ReportFormat.escape(guide))</p>\(body)</section>"
    }

    /// A symmetric sentiment scale limit covering `values`, rounded up to a tenth.
    func sentimentLimit(_ values: [Double]) -> Double {
        let m = values.map(abs).max() ?? 0
        return max(Self.minSentimentLimit, (m * 10).rounded(.up) / 10)
    }

    func headlineSection() -> String {
        let run = data.run
        let severities = ["error", "warning", "info"].compactMap { sev -> String? in
            let n = data.diagnostics.filter { $0.severity.rawValue == sev }.count
            return n > 0 ? "\(ReportFormat.count(n)) \(sev)" : nil
        }
        let figures: [(String, String, String)] = [
            ("Articles", ReportFormat.count(run.articles), "from \(ReportFormat.count(run.files)) file\(run.files == 1 ? "" : "s")"),
            ("Duplicates skipped", ReportFormat.count(run.duplicates), "same text seen before"),
            ("Date range", data.dateRange.map { "\($0.first) to\n\($0.last)" } ?? "undated",
             "\(ReportFormat.count(run.undated)) undated"),
            ("Countries mentioned", ReportFormat.count(run.countries), "at least once"),
            ("Mean compound", ReportFormat.signed(run.meanCompound, decimals: 3), "all scored sentences"),
            ("Diagnostics", ReportFormat.count(run.diagnostics), severities.isEmpty ? "none" : severities.joined(separator: ", ")),
        ]
        var s = "<section id=\"headline\" class=\"figures\">"
        for (label, value, note) in figures {
            s += "<div class=\"figure\"><div class=\"fig-label\">\(ReportFormat.escape(label))</div>"
                + "<div class=\"fig-value\(value.count > 12 ? " small" : "")\">\(ReportFormat.escape(value).replacingNewlines())</div>"
                + "<div class=\"fig-note\">\(ReportFormat.escape(note))</div></div>"
        }
        return s + "</section>"
    }

    func diagnosticsSection() -> String {
        guard !data.diagnostics.isEmpty else {
            return section(id: "diagnostics", heading: "Diagnostics", guide: "The run reported no problems with its input.", body: "")
        }
        // Errors first, then warnings, then notices (``Diagnostic/Severity``'s order, reversed); in run order within each.
        let ordered = data.diagnostics.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        let listed = ordered.prefix(Self.maxDiagnosticsListed)
        var table = HTMLTable(headers: ["Severity", "Code", "Where", "Message"],
                              rows: listed.map { [$0.severity.rawValue, $0.code, $0.line > 0 ? "\($0.path):\($0.line)" : $0.path, $0.message] })
        if listed.count < data.diagnostics.count {
            table.caption = "The first \(ReportFormat.count(listed.count)) of \(ReportFormat.count(data.diagnostics.count)); all are in the database."
        }
        let counts = [("error", "error"), ("warning", "warning"), ("info", "notice")].compactMap { severity, name -> String? in
            let n = data.diagnostics.filter { $0.severity.rawValue == severity }.count
            return n == 0 ? nil : "\(ReportFormat.count(n)) \(name)\(n == 1 ? "" : "s")"
        }
        return section(id: "diagnostics", heading: "Diagnostics",
                       guide: "\(counts.joined(separator: ", ")). Errors: a record or file was skipped. Warnings: a record was "
                           + "cut, repaired or left undated, and analysed. Notices say how the input was read (fields used, files "
                           + "skipped, encodings); nothing was lost.",
                       body: table.details("\(ReportFormat.count(data.diagnostics.count)) diagnostic\(data.diagnostics.count == 1 ? "" : "s")"))
    }
}

extension String {
    /// Newlines as `<br>` (for already-escaped text).
    func replacingNewlines() -> String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>") }
}
