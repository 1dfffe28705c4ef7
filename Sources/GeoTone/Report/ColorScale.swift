/// Colour-blind-safe colour scales: a viridis-like sequential ramp and a blue–orange diverging ramp.
public enum ColorScale {
    /// An sRGB colour.
    public struct RGB: Sendable, Equatable {
        public var r: Double, g: Double, b: Double
        /// `#rrggbb`.
        public var hex: String {
            let digits = Array("0123456789abcdef")
            var out = "#"
            for c in [r, g, b] {
                let v = Int((min(max(c, 0), 255)).rounded())
                out.append(digits[v / 16]); out.append(digits[v % 16])
            }
            return out
        }
    }

    /// Stops of the sequential scale, light (low) to dark (high): viridis reversed, so that more reads darker
    /// on a white page.
    static let sequentialStops: [RGB] = [
        RGB(r: 253, g: 231, b: 37), RGB(r: 170, g: 220, b: 50), RGB(r: 94, g: 201, b: 98),
        RGB(r: 39, g: 173, b: 129), RGB(r: 33, g: 145, b: 140), RGB(r: 44, g: 114, b: 142),
        RGB(r: 59, g: 82, b: 139), RGB(r: 71, g: 44, b: 122), RGB(r: 68, g: 1, b: 84),
    ]

    /// Stops of the diverging scale, from most negative (orange) through near-white to most positive (blue).
    static let divergingStops: [RGB] = [
        RGB(r: 179, g: 88, b: 6), RGB(r: 224, g: 130, b: 20), RGB(r: 253, g: 184, b: 99),
        RGB(r: 254, g: 224, b: 182), RGB(r: 242, g: 240, b: 236), RGB(r: 198, g: 219, b: 239),
        RGB(r: 130, g: 176, b: 214), RGB(r: 49, g: 120, b: 189), RGB(r: 8, g: 69, b: 148),
    ]

    /// Fill for shapes with no data.
    public static let noData = "#e4e4e4"

    /// The sequential colour for `t` in 0…1 (clamped).
    public static func sequential(_ t: Double) -> String { interpolate(sequentialStops, t).hex }

    /// The diverging colour for `value` in −`limit`…`limit` (clamped), white at 0.
    public static func diverging(_ value: Double, limit: Double) -> String {
        let t = limit > 0 ? (value / limit + 1) / 2 : 0.5
        return interpolate(divergingStops, t).hex
    }

    static func interpolate(_ stops: [RGB], _ t: Double) -> RGB {
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2)
        let f = position - Double(lower)
        let a = stops[lower], b = stops[lower + 1]
        return RGB(r: a.r + (b.r - a.r) * f, g: a.g + (b.g - a.g) * f, b: a.b + (b.b - a.b) * f)
    }
}
