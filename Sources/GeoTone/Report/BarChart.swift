/// Horizontal bars for a ranked list: a count bar on the left and a diverging sentiment bar on the right.
struct BarChart {
    /// One ranked row.
    struct Row {
        var label: String
        var count: Int
        /// Text printed after the count bar (e.g. `14 · 26.9%`).
        var countText: String
        var sentiment: Double?
    }

    /// Height of one row.
    static let rowHeight = 21.0
    /// Space above the first row for column headings.
    static let headerHeight = 40.0
    static let width = 1000.0
    /// Longest label drawn; longer ones are cut with an ellipsis (the full name is in the table).
    static let maxLabelCharacters = 34
    static let sentimentCentre = 790.0
    static let sentimentHalfWidth = 150.0

    var id: String
    var title: String
    var desc: String
    var countHeading: String
    var rows: [Row]
    /// Sentiment values at ±`limit` fill the half-width.
    var limit: Double
    /// Width of the label column (wider for long region names).
    var labelWidth = 196.0

    var barLeft: Double { labelWidth + 8 }
    var barMaxWidth: Double { Self.sentimentCentre - Self.sentimentHalfWidth - 110 - barLeft }

    /// Average advance of one character of an axis heading (12 px, semibold), to keep the two headings apart.
    static let headingCharacterWidth = 7.0
    /// Extra header space when the two headings need two lines.
    static let secondHeadingLine = 14.0
    static let sentimentHeading = "Mean sentence compound (\(ReportFormat.minus)1 negative … +1 positive)"

    /// Whether the count heading would run into the centred sentiment heading on one line.
    var headingsOverlap: Bool {
        let countEnd = barLeft + Double(countHeading.count) * Self.headingCharacterWidth
        let sentimentStart = Self.sentimentCentre - Double(Self.sentimentHeading.count) * Self.headingCharacterWidth / 2
        return countEnd + 12 > sentimentStart
    }

    func render() -> String {
        let stacked = headingsOverlap
        let top = Self.headerHeight + (stacked ? Self.secondHeadingLine : 0)
        let height = top + Double(rows.count) * Self.rowHeight + 10
        var s = SVGText.open(id: id, width: Self.width, height: height, title: title, desc: desc)
        let maxCount = Double(max(rows.map(\.count).max() ?? 1, 1))
        let bottom = top + Double(rows.count) * Self.rowHeight
        s += SVGText.text(countHeading, x: barLeft, y: 14, cls: "axis-label")
        s += SVGText.text(Self.sentimentHeading, x: Self.sentimentCentre, y: stacked ? 14 + Self.secondHeadingLine : 14,
                          anchor: "middle", cls: "axis-label")
        for tick in [-limit, -limit / 2, 0, limit / 2, limit] {
            let x = Self.sentimentCentre + tick / limit * Self.sentimentHalfWidth
            s += SVGText.line(x1: x, y1: top - 4, x2: x, y2: bottom, cls: tick == 0 ? "zero" : "grid")
            s += SVGText.text(ReportFormat.signed(tick, decimals: 2), x: x, y: top - 8, anchor: "middle", cls: "tick")
        }
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * Self.rowHeight
            let mid = y + Self.rowHeight / 2 + 4
            s += SVGText.text(Self.clip(row.label), x: labelWidth, y: mid, anchor: "end", cls: "label")
            let w = Double(row.count) / maxCount * barMaxWidth
            s += SVGText.rect(x: barLeft, y: y + 3, width: w, height: Self.rowHeight - 6,
                              fill: ColorScale.sequential(0.55), title: "\(row.label): \(row.countText)", cls: "bar")
            s += SVGText.text(row.countText, x: barLeft + w + 5, y: mid, cls: "value")
            if let value = row.sentiment {
                let clamped = min(max(value, -limit), limit)
                let x1 = Self.sentimentCentre, x2 = x1 + clamped / limit * Self.sentimentHalfWidth
                s += SVGText.rect(x: min(x1, x2), y: y + 4, width: abs(x2 - x1), height: Self.rowHeight - 8,
                                  fill: ColorScale.diverging(value, limit: limit),
                                  title: "\(row.label): mean compound \(ReportFormat.signed(value, decimals: 3))",
                                  cls: "sbar")
                let tx = value < 0 ? min(x1, x2) - 5 : max(x1, x2) + 5
                s += SVGText.text(ReportFormat.signed(value), x: tx, y: mid, anchor: value < 0 ? "end" : "start",
                                  cls: "value")
            } else {
                s += SVGText.text("no scored sentences", x: Self.sentimentCentre + 5, y: mid, cls: "value muted")
            }
        }
        return s + "</svg>"
    }

    /// `label` cut to `maxLabelCharacters` with an ellipsis.
    static func clip(_ label: String) -> String {
        label.count > maxLabelCharacters ? String(label.prefix(maxLabelCharacters - 1)) + "…" : label
    }
}
