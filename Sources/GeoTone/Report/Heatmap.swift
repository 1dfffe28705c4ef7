/// A square co-mention heatmap: cells coloured by NPMI, article counts in each cell's hover title.
struct Heatmap {
    /// Side of one cell.
    static let cell = 26.0
    /// Room for the row labels on the left and the column labels on top.
    static let labelSpace = 150.0

    var id: String
    var title: String
    var desc: String
    /// Display names, in row/column order.
    var names: [String]
    /// `npmi[i][j]`, nil when the pair has too few articles for a measure (or i == j).
    var npmi: [[Double?]]
    /// `articles[i][j]` for the pair.
    var articles: [[Int]]

    func render() -> String {
        let n = Double(names.count)
        let legendHeight = 50.0
        let width = Self.labelSpace + n * Self.cell + 10
        let height = Self.labelSpace + n * Self.cell + legendHeight
        var s = SVGText.open(id: id, width: max(width, 520), height: height, title: title, desc: desc)
        let x0 = Self.labelSpace, y0 = Self.labelSpace
        for (i, name) in names.enumerated() {
            let p = Double(i) * Self.cell + Self.cell / 2 + 4
            s += SVGText.text(name, x: x0 - 6, y: y0 + p, anchor: "end", cls: "label")
            s += SVGText.text(name, x: x0 + p - 8, y: y0 - 6, cls: "label", rotate: true)
        }
        s += "<g class=\"cells\">"
        for i in names.indices {
            for j in names.indices {
                let x = x0 + Double(j) * Self.cell, y = y0 + Double(i) * Self.cell
                if i == j {
                    s += SVGText.rect(x: x, y: y, width: Self.cell, height: Self.cell, fill: "#ffffff", cls: "diag")
                    continue
                }
                let count = articles[i][j]
                let fill: String
                var tip = "\(names[i]) & \(names[j]): \(ReportFormat.count(count)) article\(count == 1 ? "" : "s") together"
                if let value = npmi[i][j] {
                    fill = ColorScale.diverging(value, limit: 1)
                    tip += ", NPMI \(ReportFormat.signed(value))"
                } else if count > 0 {
                    fill = "#d0d0d0"
                    tip += ", too few for NPMI"
                } else {
                    fill = "#f7f7f7"
                }
                s += SVGText.rect(x: x, y: y, width: Self.cell, height: Self.cell, fill: fill, title: tip, cls: "cell")
            }
        }
        s += "</g>"
        let ly = y0 + n * Self.cell + 14
        s += SVGText.text("NPMI", x: 10, y: ly + 12, cls: "legend-caption")
        var x = 60.0
        for v in [-1.0, -0.5, 0, 0.5, 1] {
            s += SVGText.rect(x: x, y: ly, width: 52, height: 14, fill: ColorScale.diverging(v, limit: 1), cls: "swatch")
            s += SVGText.text(ReportFormat.signed(v, decimals: 1), x: x + 26, y: ly + 28, anchor: "middle", cls: "tick")
            x += 56
        }
        s += SVGText.rect(x: x + 14, y: ly, width: 52, height: 14, fill: "#d0d0d0", cls: "swatch")
        s += SVGText.text("too few articles", x: x + 40, y: ly + 28, anchor: "middle", cls: "tick")
        s += SVGText.rect(x: x + 100, y: ly, width: 52, height: 14, fill: "#f7f7f7", cls: "swatch")
        s += SVGText.text("never together", x: x + 126, y: ly + 28, anchor: "middle", cls: "tick")
        return s + "</svg>"
    }
}
