/// Horizontal bars for changes: one row per item, bars left (fell) or right (rose) of a zero line.
struct DeltaChart {
    struct Row { var label: String; var value: Double; var text: String }

    static let width = 1000.0
    static let rowHeight = 21.0
    static let labelRight = 260.0
    static let centre = 600.0
    static let halfWidth = 300.0

    var id: String
    var title: String
    var desc: String
    var axisLabel: String
    var rows: [Row]

    func render() -> String {
        let top = 26.0
        let height = top + Double(rows.count) * Self.rowHeight + 8
        var s = SVGText.open(id: id, width: Self.width, height: height, title: title, desc: desc)
        let limit = max(rows.map { abs($0.value) }.max() ?? 1, 1e-9)
        s += SVGText.text(axisLabel, x: Self.centre, y: 14, anchor: "middle", cls: "axis-label")
        s += SVGText.line(x1: Self.centre, y1: top - 4, x2: Self.centre, y2: height - 6, cls: "zero")
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * Self.rowHeight, mid = y + Self.rowHeight / 2 + 4
            s += SVGText.text(row.label, x: Self.labelRight, y: mid, anchor: "end", cls: "label")
            let w = abs(row.value) / limit * (Self.halfWidth - 60)
            let x = row.value < 0 ? Self.centre - w : Self.centre
            s += SVGText.rect(x: x, y: y + 4, width: w, height: Self.rowHeight - 8,
                              fill: row.value < 0 ? ColorScale.diverging(-0.8, limit: 1) : ColorScale.diverging(0.8, limit: 1),
                              title: "\(row.label): \(row.text)", cls: "bar")
            s += SVGText.text(row.text, x: row.value < 0 ? x - 5 : x + w + 5, y: mid,
                              anchor: row.value < 0 ? "end" : "start", cls: "value")
        }
        return s + "</svg>"
    }
}
