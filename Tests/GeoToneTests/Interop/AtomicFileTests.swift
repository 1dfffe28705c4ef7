#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GeoTone

@Suite struct AtomicFileTests {
    @Test func replacesOnlyOnCommit() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        let path = dir + "/out.csv"
        try AtomicFile.write("old", to: path)
        do {
            let file = try AtomicFile(path: path)
            try file.write(Array("new but unfinished".utf8))
            #expect(String(decoding: try FileBytes.read(path: path).bytes, as: UTF8.self) == "old")
            // Dropped without commit: the temporary file goes away, the old file stays.
        }
        #expect(String(decoding: try FileBytes.read(path: path).bytes, as: UTF8.self) == "old")
        #expect(try FileBytes.directoryEntries(path: dir) == ["out.csv"])
        try AtomicFile.write("new", to: path)
        #expect(String(decoding: try FileBytes.read(path: path).bytes, as: UTF8.self) == "new")
        #expect(try FileBytes.directoryEntries(path: dir) == ["out.csv"])
    }

    @Test func unwritableDirectoryThrows() {
        #expect(throws: OutputFileError.self) { try AtomicFile(path: "/nonexistent-dir-geotone/x.csv") }
    }
}
