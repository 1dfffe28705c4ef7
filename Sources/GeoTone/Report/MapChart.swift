/// A choropleth world map: one `<path>` per country shape, filled by a value, with a legend strip beneath.
struct MapChart {
    /// A legend swatch: its colour and label.
    struct Swatch { var fill: String; var label: String }

    /// Height of the legend strip under the map.
    static let legendHeight = 46.0
    /// Width of one legend swatch.
    static let swatchWidth = 64.0
    /// Where the first swatch starts (after the caption).
    static let legendLeft = 150.0

    var id: String
    var title: String
    var desc: String
    var map: WorldMap
    /// Fill for each code; codes without one get `ColorScale.noData`.
    var fills: [String: String]
    /// Hover text for each code (falls back to the map's name).
    var hover: [String: String]
    var legend: [Swatch]
    var legendCaption: String
    /// Whether this map defines the hatch pattern `#few` (once per page) for countries with too few articles.
    var patternDefs = false

    func render() -> String {
        let height = WorldMap.height + Self.legendHeight
        var s = SVGText.open(id: id, width: WorldMap.width, height: height, title: title, desc: desc)
        if patternDefs {
            s += "<defs><pattern id=\"few\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#eeeeee\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#9c9c9c\" stroke-width=\"1.6\"/></pattern></defs>"
        }
        s += "<g class=\"land\">"
        for shape in map.shapes {
            let fill = fills[shape.code] ?? ColorScale.noData
            let tip = hover[shape.code] ?? "\(shape.name): not mentioned"
            s += "<path d=\"\(shape.path)\" fill=\"\(fill)\"><title>\(ReportFormat.escape(tip))</title></path>"
        }
        s += "</g>"
        let y = WorldMap.height + 8
        s += SVGText.text(legendCaption, x: 10, y: y + 12, cls: "legend-caption")
        var x = Self.legendLeft
        for swatch in legend {
            s += SVGText.rect(x: x, y: y, width: Self.swatchWidth, height: 14, fill: swatch.fill, cls: "swatch")
            s += SVGText.text(swatch.label, x: x + Self.swatchWidth / 2, y: y + 30, anchor: "middle", cls: "tick")
            x += Self.swatchWidth + 4
        }
        return s + "</svg>"
    }
}
