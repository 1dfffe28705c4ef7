import Foundation
import Testing
import GeoTone

/// A run that reads no article fails (exit 3), is recorded as failed, and replaces none of the earlier outputs.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct NothingToReadTests {
    typealias S = CLITestSupport

    /// Every file in `folder` except the store (which gains the failed run's row), with its bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix("geotone.sqlite") {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    static func statuses(_ store: String) throws -> [String] {
        let db = try SQLiteDatabase(path: store, create: false)
        return try db.query("SELECT status FROM runs ORDER BY id").map { $0[0].string }
    }

    @Test(arguments: ["unreadable", "no-inputs"])
    func nothingToReadExitsThreeAndKeepsEarlierTables(kind: String) throws {
        let dir = S.makeTemporaryDirectory("nothing-\(kind)")
        S.write("Summit in Paris\n\nPARIS, March 3 (Reuters) - France and Germany met in Paris on Tuesday.\n", to: dir + "/good/a.txt")
        let first = try S.analyze([dir + "/good"], in: dir)
        #expect(first.status == 0, "stderr:\n\(first.stderr)")
        let before = try Self.snapshot(dir + "/out")
        #expect(before["articles.csv"] != nil && before["report.html"] != nil)

        // Only files that hold no article: an empty text file and a binary one; or no input file at all.
        if kind == "unreadable" {
            S.write("", to: dir + "/bad/empty.txt")
            S.write([UInt8](repeating: 0, count: 64) + [1, 2, 3], to: dir + "/bad/blob.txt")
        } else {
            S.write("not an input", to: dir + "/bad/notes.docx")
        }
        let second = try S.analyze([dir + "/bad"], in: dir)
        #expect(second.status == 3, "stderr:\n\(second.stderr)")
        #expect(second.stderr.contains("nothing to read"), "stderr:\n\(second.stderr)")
        #expect(try Self.snapshot(dir + "/out") == before, "an earlier output changed")
        #expect(try Self.statuses(dir + "/out/geotone.sqlite") == ["complete", "failed"])
    }
}
