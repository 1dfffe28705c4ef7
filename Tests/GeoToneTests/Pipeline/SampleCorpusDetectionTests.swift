import Foundation
import Testing
@testable import GeoTone

/// The sample corpus against the hand-made expectations in Fixtures/sample-corpus-expected.tsv.
@Suite struct SampleCorpusDetectionTests {
    /// Expected country sets by source path.
    static func expected() throws -> [String: Set<String>] {
        let path = PipelineFixture.packageRoot + "/Tests/GeoToneTests/Fixtures/sample-corpus-expected.tsv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var result: [String: Set<String>] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            result["Datasets/articles/" + fields[0]] = Set(fields[1].split(separator: ";").map(String.init))
        }
        return result
    }

    static func detected() throws -> [String: Set<String>] {
        let out = try PipelineFixture.temporaryDirectory("sample-detection")
        // The expectations count every kind of mention (capitals, seats, cities, places too).
        _ = try PipelineFixture.analyze([PipelineFixture.sampleCorpus], out: out) { $0.mentionKinds = MentionKind.allCases.map(\.rawValue) }
        var result: [String: Set<String>] = [:]
        let prefix = PipelineFixture.packageRoot + "/"
        for row in try PipelineFixture.readCSV(out + "/articles.csv") where row["duplicate_of"] == "" {
            // Paths relative to the package root, as in the expectations file.
            let path = String(row["source_path"]!.dropFirst(prefix.count))
            result[path] = Set(row["countries"]!.split(separator: ";").map(String.init))
        }
        return result
    }

    /// Files built around a trap (see Datasets/articles/SOURCE.md): they must come out exactly right.
    static let traps = [
        "009_glasgow_jordan_ellis_hat_trick.txt", "010_atlanta_georgia_legislature_peaches_port.txt",
        "012_minneapolis_turkey_prices_slide.txt", "017_sydney_new_south_wales_bushfires.txt",
        "018_albuquerque_new_mexico_drought.txt", "019_antananarivo_indian_ocean_cyclone.txt",
        "020_hanoi_vietnam_philippines_coast_guard.txt", "021_suva_leaders_tell_us_climate.txt",
        "022_geneva_sudan_chad_refugee_talks.txt",
    ]

    @Test func trapsComeOutExactly() throws {
        let expected = try Self.expected(), detected = try Self.detected()
        for trap in Self.traps {
            let path = "Datasets/articles/" + trap
            #expect(detected[path] == expected[path], "\(trap): got \(detected[path]?.sorted() ?? []), want \(expected[path]?.sorted() ?? [])")
        }
    }

    @Test func corpusMicroF1IsHigh() throws {
        let expected = try Self.expected(), detected = try Self.detected()
        var tp = 0, fp = 0, fn = 0
        for (path, got) in detected {
            let want = expected[path] ?? []
            tp += got.intersection(want).count
            fp += got.subtracting(want).count
            fn += want.subtracting(got).count
        }
        let f1 = 2.0 * Double(tp) / Double(2 * tp + fp + fn)
        print("sample corpus country detection: tp \(tp) fp \(fp) fn \(fn) micro-F1 \(f1)")
        #expect(f1 >= 0.97)
    }
}
