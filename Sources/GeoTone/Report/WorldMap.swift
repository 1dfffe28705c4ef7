/// Country outlines for the report's maps, read from `Datasets/map/countries_110m.tsv`.
///
/// Columns `iso_a2`, `name`, `path`; paths are SVG path data in a frame `width` × `height` (recorded in
/// `Datasets/map/SOURCE.md`).
public struct WorldMap: Sendable {
    /// One country's outline.
    public struct Shape: Sendable {
        public var code: String
        public var name: String
        public var path: String
    }

    /// Width of the frame the paths are drawn in.
    public static let width = 1000.0
    /// Height of that frame (Equal Earth, 84° N to 58° S).
    public static let height = 437.4

    /// Shapes sorted by code.
    public let shapes: [Shape]

    /// Loads and checks the map file: header, three fields, two-letter upper-case codes, no duplicates, path
    /// data made only of `M`, `Z`, digits, `.`, `-` and spaces.
    public init(path: String) throws {
        let bytes = try FileBytes.read(path: path).bytes
        try self.init(text: String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// Parses map text (see `init(path:)`); `path` names the source in errors.
    public init(text: String, path: String) throws {
        var shapes: [Shape] = []
        // Lines are cut at line-feed bytes (not Characters: a Character-wise split of the whole file was most of the
        // report's start-up); a file with carriage returns is cut Character-wise as before, where "\r\n" is one.
        var lines: [Substring]
        if text.utf8.contains(0x0D) {
            lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        } else {
            lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        }
        if lines.last == "" { lines.removeLast() }
        guard lines.first == "iso_a2\tname\tpath" else {
            throw ReportError.badMapData(path: path, line: 1, reason: "header must be iso_a2<TAB>name<TAB>path")
        }
        var previous = ""
        for (index, line) in lines.enumerated().dropFirst() {
            let number = index + 1
            let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
            guard fields.count == 3 else {
                throw ReportError.badMapData(path: path, line: number, reason: "expected 3 fields, found \(fields.count)")
            }
            let code = String(fields[0])
            guard code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
                throw ReportError.badMapData(path: path, line: number, reason: "bad code \"\(code)\"")
            }
            guard code > previous else {
                throw ReportError.badMapData(path: path, line: number, reason: "code \(code) duplicated or out of order")
            }
            previous = code
            let data = fields[2]
            guard data.hasPrefix("M"), data.hasSuffix("Z"),
                  data.utf8.allSatisfy({ $0 == 77 || $0 == 90 || $0 == 32 || $0 == 46 || $0 == 45 || ($0 >= 48 && $0 <= 57) })
            else { throw ReportError.badMapData(path: path, line: number, reason: "bad path data for \(code)") }
            guard !fields[1].isEmpty else {
                throw ReportError.badMapData(path: path, line: number, reason: "empty name for \(code)")
            }
            shapes.append(Shape(code: code, name: String(fields[1]), path: String(data)))
        }
        self.shapes = shapes
    }
}
