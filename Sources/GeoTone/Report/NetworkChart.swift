import Foundation

/// The strongest country pairs as a network: nodes on a circle in clustering order, edges as curves whose
/// width is the shared article count and colour the NPMI.
///
/// The layout is a pure function of the node order, so the same input gives the same picture.
struct NetworkChart {
    struct Node { var name: String; var articles: Int }
    struct Edge { var a: Int; var b: Int; var articles: Int; var npmi: Double? }

    static let width = 900.0
    static let height = 640.0
    /// Circle radius the nodes sit on.
    static let radius = 235.0
    /// Largest node radius (for the most mentioned country).
    static let maxNodeRadius = 16.0
    /// Widest edge stroke.
    static let maxEdgeWidth = 9.0
    /// How far towards the centre an edge curve bends (0 straight, 1 through the centre).
    static let bend = 0.45

    var id: String
    var title: String
    var desc: String
    var nodes: [Node]
    var edges: [Edge]

    func render() -> String {
        var s = SVGText.open(id: id, width: Self.width, height: Self.height, title: title, desc: desc)
        let cx = Self.width / 2, cy = Self.height / 2 - 10
        let n = Double(max(nodes.count, 1))
        let points = nodes.indices.map { i -> (Double, Double, Double) in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / n
            return (cx + Self.radius * cos(angle), cy + Self.radius * sin(angle), angle)
        }
        let maxEdge = Double(max(edges.map(\.articles).max() ?? 1, 1))
        s += "<g class=\"edges\">"
        for edge in edges.sorted(by: { ($0.articles, $0.a, $0.b) < ($1.articles, $1.a, $1.b) }) {
            let p = points[edge.a], q = points[edge.b]
            let mx = (p.0 + q.0) / 2, my = (p.1 + q.1) / 2
            let kx = mx + (cx - mx) * Self.bend, ky = my + (cy - my) * Self.bend
            let width = 1 + (Self.maxEdgeWidth - 1) * Double(edge.articles) / maxEdge
            let colour = edge.npmi.map { ColorScale.diverging($0, limit: 1) } ?? "#9a9a9a"
            let tip = "\(nodes[edge.a].name) & \(nodes[edge.b].name): \(ReportFormat.count(edge.articles)) articles"
                + (edge.npmi.map { ", NPMI \(ReportFormat.signed($0))" } ?? "")
            s += "<path d=\"M\(SVGText.c(p.0)) \(SVGText.c(p.1))Q\(SVGText.c(kx)) \(SVGText.c(ky)) \(SVGText.c(q.0)) \(SVGText.c(q.1))\" "
                + "stroke=\"\(colour)\" stroke-width=\"\(SVGText.c(width))\" class=\"edge\"><title>\(ReportFormat.escape(tip))</title></path>"
        }
        s += "</g><g class=\"nodes\">"
        let maxNode = Double(max(nodes.map(\.articles).max() ?? 1, 1))
        for (i, node) in nodes.enumerated() {
            let (x, y, angle) = points[i]
            let r = 3 + (Self.maxNodeRadius - 3) * (Double(node.articles) / maxNode).squareRoot()
            s += "<circle cx=\"\(SVGText.c(x))\" cy=\"\(SVGText.c(y))\" r=\"\(SVGText.c(r))\" class=\"node\">"
                + "<title>\(ReportFormat.escape("\(node.name): \(ReportFormat.count(node.articles)) articles"))</title></circle>"
            let lx = x + (r + 6) * cos(angle), ly = y + (r + 6) * sin(angle) + 4
            let anchor = abs(cos(angle)) < 0.2 ? "middle" : (cos(angle) > 0 ? "start" : "end")
            s += SVGText.text(node.name, x: lx, y: ly + (abs(cos(angle)) < 0.2 ? (sin(angle) > 0 ? 8 : -4) : 0),
                              anchor: anchor, cls: "label")
        }
        s += "</g>"
        let ly = Self.height - 30
        s += SVGText.text("Edge colour: NPMI", x: 10, y: ly + 12, cls: "legend-caption")
        var lx = 150.0
        for v in [-1.0, -0.5, 0, 0.5, 1] {
            s += SVGText.rect(x: lx, y: ly, width: 44, height: 14, fill: ColorScale.diverging(v, limit: 1), cls: "swatch")
            s += SVGText.text(ReportFormat.signed(v, decimals: 1), x: lx + 22, y: ly + 27, anchor: "middle", cls: "tick")
            lx += 48
        }
        s += SVGText.text("Edge width: articles together (widest \(ReportFormat.count(Int(maxEdge)))); node size: articles",
                          x: lx + 20, y: ly + 12, cls: "legend-caption")
        return s + "</svg>"
    }
}
