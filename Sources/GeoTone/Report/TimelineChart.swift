/// Small multiples over time: one panel per entity, articles per period as bars and mean sentiment as a line,
/// all panels on the same scales.
struct TimelineChart {
    struct Series { var name: String; var articles: [Int]; var sentiment: [Double?] }

    static let columns = 3
    static let panelWidth = 320.0
    static let panelHeight = 150.0
    /// Inner padding of a panel: title on top, axis labels left and bottom.
    static let padTop = 24.0, padLeft = 34.0, padRight = 34.0, padBottom = 22.0

    var id: String
    var title: String
    var desc: String
    var periods: [String]
    var series: [Series]
    /// Sentiment axis runs from −limit to +limit.
    var limit: Double

    func render() -> String {
        let rows = (series.count + Self.columns - 1) / Self.columns
        let width = Double(Self.columns) * Self.panelWidth + 10
        let height = Double(rows) * Self.panelHeight + 36
        var s = SVGText.open(id: id, width: width, height: height, title: title, desc: desc)
        let maxCount = Double(max(series.flatMap(\.articles).max() ?? 1, 1))
        for (index, item) in series.enumerated() {
            let ox = Double(index % Self.columns) * Self.panelWidth + 5
            let oy = Double(index / Self.columns) * Self.panelHeight
            let left = ox + Self.padLeft, right = ox + Self.panelWidth - Self.padRight
            let top = oy + Self.padTop, bottom = oy + Self.panelHeight - Self.padBottom
            let plotHeight = bottom - top
            let step = (right - left) / Double(max(periods.count, 1))
            s += "<g class=\"panel\">"
            s += SVGText.text(item.name, x: left, y: oy + 15, cls: "panel-title")
            s += SVGText.line(x1: left, y1: bottom, x2: right, y2: bottom, cls: "axis")
            s += SVGText.text(ReportFormat.count(Int(maxCount)), x: left - 4, y: top + 8, anchor: "end", cls: "tick")
            s += SVGText.text("0", x: left - 4, y: bottom, anchor: "end", cls: "tick")
            let zeroY = top + plotHeight / 2
            s += SVGText.line(x1: left, y1: zeroY, x2: right, y2: zeroY, cls: "zero-dash")
            s += SVGText.text(ReportFormat.signed(limit, decimals: 1), x: right + 4, y: top + 8, cls: "tick sent")
            s += SVGText.text(ReportFormat.signed(-limit, decimals: 1), x: right + 4, y: bottom, cls: "tick sent")
            for (p, period) in periods.enumerated() {
                let count = item.articles[p]
                let h = Double(count) / maxCount * plotHeight
                let x = left + Double(p) * step
                if count > 0 {
                    s += SVGText.rect(x: x + step * 0.12, y: bottom - h, width: step * 0.76, height: h,
                                      fill: ColorScale.sequential(0.35),
                                      title: "\(item.name), \(period): \(ReportFormat.count(count)) articles, mean compound \(ReportFormat.signed(item.sentiment[p], decimals: 3))",
                                      cls: "bar")
                }
            }
            var segment: [String] = []
            var dots = ""
            func flush() {
                if segment.count > 1 { s += "<polyline points=\"\(segment.joined(separator: " "))\" class=\"sent-line\"/>" }
                segment.removeAll()
            }
            for p in periods.indices {
                guard let value = item.sentiment[p] else { flush(); continue }
                let clamped = min(max(value, -limit), limit)
                let x = left + (Double(p) + 0.5) * step
                let y = zeroY - clamped / limit * plotHeight / 2
                segment.append("\(SVGText.c(x)),\(SVGText.c(y))")
                dots += "<circle cx=\"\(SVGText.c(x))\" cy=\"\(SVGText.c(y))\" r=\"2.6\" class=\"sent-dot\"/>"
            }
            flush()
            s += dots
            if let first = periods.first, let last = periods.last {
                s += SVGText.text(first, x: left, y: bottom + 14, cls: "tick")
                if periods.count > 1 { s += SVGText.text(last, x: right, y: bottom + 14, anchor: "end", cls: "tick") }
            }
            s += "</g>"
        }
        let ly = height - 14
        s += SVGText.rect(x: 10, y: ly - 10, width: 14, height: 10, fill: ColorScale.sequential(0.35), cls: "swatch")
        s += SVGText.text("articles per period (left axis, same scale in every panel)", x: 30, y: ly, cls: "legend-caption")
        s += "<circle cx=\"440\" cy=\"\(SVGText.c(ly - 4))\" r=\"3\" class=\"sent-dot\"/>"
        s += SVGText.text("mean sentence compound (right axis; dashed line = 0)", x: 450, y: ly, cls: "legend-caption")
        return s + "</svg>"
    }
}
