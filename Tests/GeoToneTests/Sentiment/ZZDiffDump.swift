import Foundation
import Testing
@testable import GeoTone

@Test(.enabled(if: FileManager.default.fileExists(atPath: "/tmp/diff_input.txt")))
func zzDiffDump() throws {
    let text = try String(contentsOfFile: "/tmp/diff_input.txt", encoding: .utf8)
    var out = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        let s = SentimentTestSupport.vaderScorer.score(String(line)).scores
        out += "\(s.negative)\t\(s.neutral)\t\(s.positive)\t\(s.compound)\n"
    }
    try out.write(toFile: "/tmp/diff_swift.tsv", atomically: true, encoding: .utf8)
}
