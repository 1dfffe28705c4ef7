import Foundation
import Testing
import GeoToneTestSupport

/// The CLI tests' working folders live under this process's one temporary root (removed when the process exits).
@Suite struct TestScratchTests {
    @Test func workingFoldersLieUnderThisProcessRootAlone() throws {
        let dir = CLITestSupport.makeTemporaryDirectory("scratch-check")
        #expect(dir.hasPrefix(TestScratch.root + "/geotone-cli-scratch-check-"))
        #expect(FileManager.default.fileExists(atPath: dir))
        let temporary = NSTemporaryDirectory()
        #expect(TestScratch.root.hasPrefix(temporary + TestScratch.rootNamePrefix))
        let mine = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix(TestScratch.rootNamePrefix) }
        #expect(mine.map { temporary + $0 } == [TestScratch.root], "one root per test process")
    }
}
