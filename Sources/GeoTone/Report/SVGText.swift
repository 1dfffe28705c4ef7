/// Small builders for the SVG and HTML fragments the report is made of.
///
/// Every string from the data passes through `ReportFormat.escape`; numbers through `ReportFormat`.
enum SVGText {
    /// Opens an `<svg>` with a viewBox, an accessible `<title>` and `<desc>` (ids derived from `id`).
    static func open(id: String, width: Double, height: Double, title: String, desc: String) -> String {
        let w = ReportFormat.coordinate(width), h = ReportFormat.coordinate(height)
        return "<svg id=\"\(id)\" class=\"chart\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(ReportFormat.escape(title))</title>"
            + "<desc id=\"\(id)-desc\">\(ReportFormat.escape(desc))</desc>"
    }

    /// A filled rectangle with an optional hover title.
    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil,
                     cls: String? = nil) -> String {
        var s = "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(max(width, 0)))\" height=\"\(c(max(height, 0)))\" fill=\"\(fill)\""
        if let cls { s += " class=\"\(cls)\"" }
        if let title { return s + "><title>\(ReportFormat.escape(title))</title></rect>" }
        return s + "/>"
    }

    /// A text label; `anchor` is start, middle or end.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", cls: String? = nil,
                     rotate: Bool = false) -> String {
        var s = "<text x=\"\(c(x))\" y=\"\(c(y))\""
        if anchor != "start" { s += " text-anchor=\"\(anchor)\"" }
        if let cls { s += " class=\"\(cls)\"" }
        if rotate { s += " transform=\"rotate(-90 \(c(x)) \(c(y)))\"" }
        return s + ">\(ReportFormat.escape(content))</text>"
    }

    /// A straight line.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, cls: String) -> String {
        "<line x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\" class=\"\(cls)\"/>"
    }

    /// A coordinate, one decimal.
    static func c(_ value: Double) -> String { ReportFormat.coordinate(value) }
}

/// A small HTML table of the numbers behind a chart.
struct HTMLTable {
    var headers: [String]
    var rows: [[String]]
    /// Indices of columns holding numbers (right-aligned).
    var numeric: Set<Int> = []
    var caption: String? = nil

    func render() -> String {
        var s = "<table>"
        if let caption { s += "<caption>\(ReportFormat.escape(caption))</caption>" }
        s += "<thead><tr>"
        for (i, h) in headers.enumerated() { s += "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(ReportFormat.escape(h))</th>" }
        s += "</tr></thead><tbody>"
        for row in rows {
            s += "<tr>"
            for (i, cell) in row.enumerated() { s += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(ReportFormat.escape(cell))</td>" }
            s += "</tr>"
        }
        return s + "</tbody></table>"
    }

    /// The table inside a closed `<details>` with `summary`.
    func details(_ summary: String) -> String {
        "<details><summary>\(ReportFormat.escape(summary))</summary>\(render())</details>"
    }
}
