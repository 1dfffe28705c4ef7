import Foundation
import Testing
@testable import GeoTone

@Suite(.serialized) struct AnalyzerTests {
    @Test func sampleCorpusWritesEveryTable() throws {
        let out = try PipelineFixture.temporaryDirectory("tables")
        let (summary, _) = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: out)
        #expect(summary.articles >= 40)
        #expect(summary.duplicates == 1)
        for table in ["articles", "mentions", "countries", "comentions", "regions", "timeline", "datelines"] {
            let rows = try PipelineFixture.readCSV("\(out)/\(table).csv")
            #expect(!rows.isEmpty, "\(table).csv has no rows")
        }
        let articles = try PipelineFixture.readCSV(out + "/articles.csv")
        #expect(articles.count == summary.articles)
        let repeated = try #require(articles.first { $0["source_path"]?.hasSuffix("041_repeat_of_007.txt") == true })
        #expect(repeated["duplicate_of"]?.hasSuffix("007_paris_france_germany_tank_programme.txt") == true)
        #expect(repeated["compound"] == "")
    }

    @Test func jobsDoNotChangeOutputs() throws {
        let one = try PipelineFixture.temporaryDirectory("jobs1")
        let two = try PipelineFixture.temporaryDirectory("jobs2")
        _ = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: one, jobs: 1)
        _ = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: two, jobs: 2)
        for table in ["articles", "mentions", "countries", "comentions", "regions", "timeline", "datelines"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(one)/\(table).csv"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(two)/\(table).csv"))
            #expect(a == b, "\(table).csv differs between --jobs 1 and --jobs 2")
        }
    }

    @Test func regionTotalsEqualAnIndependentRecount() throws {
        let out = try PipelineFixture.temporaryDirectory("regions")
        _ = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: out)
        let g = try Gazetteer.load(directory: PipelineFixture.datasets + "/gazetteer")
        let mentions = try PipelineFixture.readCSV(out + "/mentions.csv")
        let articleDates = Dictionary(try PipelineFixture.readCSV(out + "/articles.csv").map { ($0["article_id"]!, $0["date"]!) },
                                      uniquingKeysWith: { a, _ in a })
        // Independent recount: for each region, the union of articles mentioning a member or the region itself,
        // and the sum of those mentions.
        var articles: [String: Set<String>] = [:]
        var mentionSums: [String: Int] = [:]
        for row in mentions {
            let entity = row["country"]!, id = row["article_id"]!, n = Int(row["mentions"]!)!
            var regions: [String] = []
            if let c = g.countryIndex(alpha2: entity) {
                for r in g.regions where r.members.contains(c) { regions.append(r.name) }
                let date = articleDates[id] ?? ""
                for group in g.groups where group.members.contains(where: { $0.country == c && (date.isEmpty ? $0.validTo == nil : $0.holds(on: date)) }) {
                    regions.append(String(group.id.dropFirst("group:".count)))
                }
            } else if let e = g.entity(code: entity) {
                regions.append(g.type(of: e) == .group ? String(entity.dropFirst("group:".count)) : g.name(of: e))
            }
            for r in regions {
                articles[r, default: []].insert(id)
                mentionSums[r, default: 0] += n
            }
        }
        let table = try PipelineFixture.readCSV(out + "/regions.csv")
        #expect(!table.isEmpty)
        for row in table {
            let name = row["region"]!
            #expect(Int(row["articles"]!)! == articles[name]?.count ?? 0, "articles of \(name)")
            #expect(Int(row["mentions"]!)! == mentionSums[name] ?? 0, "mentions of \(name)")
        }
    }

    @Test func missingInputStopsBeforeAnyWork() throws {
        let out = try PipelineFixture.temporaryDirectory("missing")
        #expect(throws: InputError.self) {
            _ = try PipelineFixture.analyze(["/nonexistent/geotone/input"], out: out + "/o")
        }
        #expect(!FileManager.default.fileExists(atPath: out + "/o"))
    }

    @Test func runRecordsWhatProducedIt() throws {
        let out = try PipelineFixture.temporaryDirectory("record")
        let (summary, _) = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: out)
        let db = try SQLiteDatabase(path: out + "/geotone.sqlite", create: false)
        let row = try #require(try db.query("""
            SELECT status, tool_version, options_json, lexicon_checksum, gazetteer_checksum, input_fingerprint, articles
            FROM runs WHERE id = ?
            """, [.integer(summary.runID)]).first)
        #expect(row[0].string == "complete")
        #expect(row[1].string == GeoToneVersion.string)
        #expect(row[2].string.contains("\"lexicon\":\"news\""))
        #expect(row[3].string.count == 64)
        #expect(row[4].string.count == 64)
        #expect(row[5].string.count == 32)
        #expect(row[6].int == Int64(summary.articles))
    }
}

@Suite struct UserGroupsTests {
    @Test func aUserGroupBecomesARegionRow() throws {
        let dir = try PipelineFixture.temporaryDirectory("groups")
        let file = dir + "/groups.tsv"
        try "group\tname\tmember\tvalid_from\tvalid_to\nQUAD\tQuad\tUS\t\t\nQUAD\tQuad\tJP\t\t\n".write(toFile: file, atomically: true, encoding: .utf8)
        _ = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: dir + "/out") { $0.groupsPath = file }
        let quad = try #require(try PipelineFixture.readCSV(dir + "/out/regions.csv").first { $0["region"] == "QUAD" })
        #expect(quad["level"] == "group")
        #expect(Int(quad["articles"]!)! > 0)
    }

    @Test func aBadGroupsFileListsEveryProblem() throws {
        let dir = try PipelineFixture.temporaryDirectory("badgroups")
        let file = dir + "/groups.tsv"
        try "group\tname\tmember\tvalid_from\tvalid_to\nX\tX\tZZ\t\t\nX\tX\tFR\t2020\t2019\n".write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: dir + "/out") { $0.groupsPath = file }
            Issue.record("a bad groups file was accepted")
        } catch let error as ConfigurationError {
            #expect(error.problems.count == 2)
            #expect(error.problems[0].hasPrefix(file + ":2:"))
            #expect(error.problems[1].hasPrefix(file + ":3:"))
        }
    }
}
