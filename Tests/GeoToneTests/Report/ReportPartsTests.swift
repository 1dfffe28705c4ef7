import Foundation
import Testing
@testable import GeoTone

@Suite("Report: formatting, colours, seriation, map data")
struct ReportPartsTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (1_234_567, "1,234,567"), (-12_345, "\u{2212}12,345")])
    func countsHaveThousandsSeparators(value: Int, text: String) {
        #expect(ReportFormat.count(value) == text)
    }

    @Test func signsAndPercents() {
        #expect(ReportFormat.signed(0.0912) == "+0.09")
        #expect(ReportFormat.signed(-0.1249) == "\u{2212}0.12")
        #expect(ReportFormat.signed(-0.001) == "\u{2212}0.00" || ReportFormat.signed(-0.001) == "0.00")
        #expect(ReportFormat.signed(0) == "0.00")
        #expect(ReportFormat.signed(nil) == "n/a")
        // Changes drawn as bars are labelled with their real value, never as 0.0.
        #expect(ReportFormat.signedPoints(0.04) == "+0.04")
        #expect(ReportFormat.signedPoints(-0.004) == "\u{2212}0.004")
        #expect(ReportFormat.signedPoints(2.345) == "+2.3")
        #expect(ReportFormat.percent(0.269230769) == "26.9%")
    }

    @Test func escapingCoversMarkupAndQuotes() {
        #expect(ReportFormat.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func divergingScaleIsCentredOnZero() {
        #expect(ColorScale.diverging(0, limit: 0.5) == ColorScale.interpolate(ColorScale.divergingStops, 0.5).hex)
        #expect(ColorScale.diverging(-9, limit: 0.5) == "#b35806")
        #expect(ColorScale.diverging(9, limit: 0.5) == "#084594")
        #expect(ColorScale.sequential(0) == "#fde725")
    }

    @Test func seriationGroupsTwoBlocs() {
        // Items 0, 2, 4 are alike, and 1, 3, 5; the two groups are unlike.
        let s = (0..<6).map { i in (0..<6).map { j in i == j ? 1.0 : (i % 2 == j % 2 ? 0.8 : -0.5) } }
        let order = Seriation.order(similarity: s)
        #expect(order.sorted() == Array(0..<6))
        #expect(Set(order.prefix(3).map { $0 % 2 }).count == 1)
        #expect(Seriation.order(similarity: s) == order)
    }

    @Test func mapDataParsesWithKnownCodes() throws {
        let map = try WorldMap(path: ReportFixture.mapPath)
        #expect(map.shapes.count >= 170)
        let gazetteer = try String(contentsOfFile: ReportFixture.datasets + "/gazetteer/countries.tsv", encoding: .utf8)
        let known = Set(gazetteer.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "\t" }) })
        let unknown = map.shapes.map(\.code).filter { !known.contains($0) }
        #expect(unknown.isEmpty, "codes not in the gazetteer: \(unknown)")
        for code in ["FR", "NO", "XK", "US", "CN", "RU", "AU", "BR", "ZA"] {
            #expect(map.shapes.contains { $0.code == code }, "no shape for \(code)")
        }
    }

    @Test func mapDataMatchesTheChecksumInSourceMD() throws {
        let bytes = try FileBytes.read(path: ReportFixture.mapPath).bytes
        let source = try String(contentsOfFile: ReportFixture.datasets + "/map/SOURCE.md", encoding: .utf8)
        #expect(source.contains("sha256: `\(SHA256.hex(of: bytes))`"), "regenerate with Scripts/report/build_map.py")
        #expect(source.contains("frame: `\(ReportFormat.coordinate(WorldMap.width)) x \(ReportFormat.coordinate(WorldMap.height))`"))
    }

    @Test func malformedMapRowsAreRejectedWithTheirLine() {
        #expect(throws: ReportError.self) { try WorldMap(text: "iso_a2\tname\tpath\nFR\tFrance\tM1 2 3 4Z\nFR\tFrance\tM1 2Z\n", path: "m.tsv") }
        #expect(throws: ReportError.self) { try WorldMap(text: "iso_a2\tname\tpath\nfr\tFrance\tM1 2Z\n", path: "m.tsv") }
        #expect(throws: ReportError.self) { try WorldMap(text: "iso_a2\tname\tpath\nFR\tFrance\t<script>\n", path: "m.tsv") }
        do {
            _ = try WorldMap(text: "iso_a2\tname\tpath\nFR\tFrance\tM1 2Z\nDE\tGermany\n", path: "m.tsv")
        } catch {
            #expect("\(error)".hasPrefix("m.tsv:3:"))
        }
    }
}
