import Foundation
import Testing
import GeoToneTestSupport

/// The tests' temporary files live under one root per process, and the root goes away when the process ends.
@Suite struct TestScratchTests {
    /// Set by `rootIsRemovedAtExit` for the child run of `childMakesScratchFiles`.
    static let childVariable = "GEOTONE_TEST_SCRATCH_CHILD"
    /// The line prefix the child prints its root after.
    static let rootMarker = "GEOTONE_TEST_SCRATCH_ROOT="

    @Test func pathsLieUnderThisProcessRootAlone() throws {
        let dir = try TestScratch.makeDirectory("geotone-scratch-check")
        #expect(dir.hasPrefix(TestScratch.root + "/geotone-scratch-check-"))
        #expect(FileManager.default.fileExists(atPath: dir))
        #expect(TestScratch.path("x.sqlite") == TestScratch.root + "/x.sqlite")
        let temporary = NSTemporaryDirectory()
        #expect(TestScratch.root.hasPrefix(temporary + TestScratch.rootNamePrefix))
        let mine = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix(TestScratch.rootNamePrefix) }
        #expect(mine.map { temporary + $0 } == [TestScratch.root], "one root per test process")
    }

    /// Only runs as the child of `rootIsRemovedAtExit`: makes a folder and a file, prints the root.
    @Test(.enabled(if: ProcessInfo.processInfo.environment[childVariable] == "1", "runs only as a child process"))
    func childMakesScratchFiles() throws {
        let dir = try TestScratch.makeDirectory("geotone-child")
        #expect(FileManager.default.createFile(atPath: dir + "/file.txt", contents: Data("x".utf8)))
        print(Self.rootMarker + TestScratch.root)
    }

    /// Runs this test binary again for `childMakesScratchFiles` alone: its root is gone once it exits, and kept
    /// (with its path on stderr) when `GEOTONE_KEEP_TEST_FILES=1`.
    @Test(arguments: [false, true])
    func rootIsRemovedAtExit(keep: Bool) throws {
        let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--testing-library", "swift-testing", "--filter", "childMakesScratchFiles"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.childVariable] = "1"
        environment[TestScratch.keepVariable] = keep ? "1" : nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "child stdout:\n\(stdout)\nstderr:\n\(stderr)")
        let line = try #require(stdout.split(separator: "\n").first { $0.hasPrefix(Self.rootMarker) },
                                "no root printed; child stdout:\n\(stdout)")
        let root = String(line.dropFirst(Self.rootMarker.count))
        #expect(root.hasPrefix(NSTemporaryDirectory() + TestScratch.rootPrefix) && root != TestScratch.root, "\(root)")
        if keep {
            defer { try? FileManager.default.removeItem(atPath: root) }
            #expect(FileManager.default.fileExists(atPath: root), "GEOTONE_KEEP_TEST_FILES=1 keeps the root")
            #expect(stderr.components(separatedBy: root).count - 1 == 1, "the kept root is named once: \(stderr)")
        } else {
            #expect(!FileManager.default.fileExists(atPath: root), "the child left \(root) behind")
        }
    }
}
