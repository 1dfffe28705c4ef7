#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import GeoTone
import GeoToneTestSupport

/// The loader reports bad rows with `file:line`.
@Suite struct GazetteerErrorTests {
    /// Copies the fixture gazetteer to a fresh directory, appends `extra` to `file`, loads it.
    func load(appending extra: String, to file: String) throws -> DetectionError? {
        let dir = try TestScratch.makeDirectory("geotone-gaz")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in Gazetteer.fileNames {
            var data = try #require(FileManager.default.contents(atPath: TestPaths.fixtureGazetteer + "/" + name))
            if name == file { data.append(contentsOf: Array(extra.utf8)) }
            _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: data)
        }
        do {
            _ = try Gazetteer.load(directory: dir)
            return nil
        } catch let e as DetectionError {
            return e
        }
    }

    func lineCount(_ file: String) -> Int {
        let data = FileManager.default.contents(atPath: TestPaths.fixtureGazetteer + "/" + file) ?? Data()
        return data.filter { $0 == UInt8(ascii: "\n") }.count
    }

    @Test func duplicateAliasWithAnotherTarget() throws {
        let e = try load(appending: "Georgia\tUS\tplace\ttitle\n", to: "aliases.tsv")
        let p = try #require(e?.problems.first)
        #expect(p.path.hasSuffix("aliases.tsv") && p.line == lineCount("aliases.tsv") + 1)
        #expect(p.message.contains("targets 'US'") && p.message.contains("'GE'"))
        #expect(e!.description.contains("aliases.tsv:\(p.line):"))
    }

    @Test func exactDuplicateAlias() throws {
        let e = try load(appending: "Jordan\tJO\tname\ttitle\n", to: "aliases.tsv")
        #expect(e?.problems.first?.message.hasPrefix("duplicate alias 'Jordan'") == true)
    }

    @Test func unknownTargetCode() throws {
        let e = try load(appending: "Ruritania\tRR\tname\ttitle\n", to: "aliases.tsv")
        let p = try #require(e?.problems.first)
        #expect(p.message == "unknown target code 'RR'" && p.line == lineCount("aliases.tsv") + 1)
    }

    @Test func unknownKindAndCase() throws {
        let e = try load(appending: "Ruritania\tFR\tnickname\ttitle\nGaul\tFR\tname\tupper\n", to: "aliases.tsv")
        let messages = e?.problems.map(\.message) ?? []
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("unknown kind 'nickname'") && messages[1].hasPrefix("unknown case 'upper'"))
    }

    /// Each disambiguation file rejects its bad rows with `file:line`.
    @Test(arguments: [
        ("qualifiers.tsv", "Tex.\tUS\n", "duplicate qualifier 'Tex.'"),
        ("qualifiers.tsv", "Ruritania\tRR\n", "unknown country code 'RR'"),
        ("suffixes.tsv", "Parish Council\tUS\n", "suffix 'Parish Council' must be one word"),
        ("homonyms.tsv", "Atlantis\tUS\n", "'Atlantis' is not an alias in aliases.tsv"),
        ("homonyms.tsv", "Jordan\tJO\n", "'Jordan' already names JO"),
        ("given_names.tsv", "Chad\n", "given name 'Chad' is also an alias of TD"),
        ("cues.tsv", "weather\train\n", "unknown cue 'weather'"),
        ("cues.tsv", "office\tPresident\n", "duplicate cue word 'President' in office"),
    ])
    func disambiguationFiles(file: String, row: String, message: String) throws {
        let e = try load(appending: row, to: file)
        let p = try #require(e?.problems.first)
        #expect(p.path.hasSuffix(file) && p.line == lineCount(file) + 1, "\(p)")
        #expect(p.message.hasPrefix(message), "\(p.message)")
    }

    @Test func missingColumns() throws {
        let e = try load(appending: "Gaul\tFR\n", to: "aliases.tsv")
        #expect(e?.problems.first?.message.hasPrefix("expected 4 columns") == true)
    }

    @Test func everyProblemIsListed() throws {
        let e = try load(appending: "XX\tXXX\t999\tNowhere\tm49:142\tm49:143\t\tZZ\nXX\tXXY\t\tAgain\t\t\t\t\n",
                         to: "countries.tsv")
        let messages = e?.problems.map(\.message) ?? []
        #expect(messages.contains { $0.hasPrefix("duplicate alpha2 'XX'") })
        #expect(messages.contains("unknown successor 'ZZ'"))
    }

    @Test func unknownContextRuleAndStopPhraseClash() throws {
        let e = try load(appending: "Chad\tblock_if_after\tsmith\t\n", to: "context.tsv")
        #expect(e?.problems.first?.message.hasPrefix("unknown rule 'block_if_after'") == true)
        let s = try load(appending: "Papua New Guinea\tnot a stop\n", to: "stopphrases.tsv")
        #expect(s?.problems.first?.message.contains("is also an alias") == true)
    }

    @Test func missingFile() throws {
        #expect(throws: DetectionError.unreadable(path: "/nonexistent/countries.tsv")) {
            try Gazetteer.load(directory: "/nonexistent")
        }
    }
}
