import Foundation
import Testing
@testable import GeoTone

/// Table cells never hold raw line breaks: a country name written across a line break is given with a space.
@Suite struct MentionFormsTests {
    @Test func formsAcrossLineBreaksAreOneLine() throws {
        let dir = try PipelineFixture.temporaryDirectory("forms")
        let input = dir + "/a.jsonl"
        let line = #"{"id":"a","text":"Officials in the United\nStates, in the United States and in New\r\nZealand met."}"#
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: input))
        _ = try PipelineFixture.analyze([input], out: dir + "/out")
        let rows = try PipelineFixture.readCSV(dir + "/out/mentions.csv")
        #expect(rows.map { $0["forms"] ?? "" }.sorted() == ["New Zealand", "United States"])
    }
}
