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

/// An undated article counts for current group memberships only, not every membership a country ever had.
@Suite struct UndatedMembershipTests {
    @Test func undatedArticleIsNotCountedForAnEndedMembership() throws {
        let dir = try PipelineFixture.temporaryDirectory("undated")
        let input = dir + "/a.jsonl"
        let lines = [#"{"id":"old","text":"The United Kingdom and Britain talked trade with Japan."}"#,
                     #"{"id":"dated","date":"2015-05-01","text":"Britain and the United Kingdom talked trade with Japan again."}"#]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
        _ = try PipelineFixture.analyze([input], out: dir + "/out") { $0.defaultYear = nil }
        let eu = try PipelineFixture.readCSV(dir + "/out/regions.csv").first { $0["region"] == "European Union" || $0["region"] == "EU" }
        // Only the article dated 2015, when the UK was a member, counts for the EU.
        #expect(eu?["articles"] == "1", "\(String(describing: eu))")
    }
}
