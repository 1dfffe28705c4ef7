import Testing
@testable import GeoTone

@Suite struct FileBytesTests {
    @Test func readLimitAndStream() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        let path = dir + "/f"
        let data = (0..<(FileBytes.chunkSize + 10)).map { UInt8(truncatingIfNeeded: $0) }
        IngestTestSupport.write(data, to: path)
        let (all, cut) = try FileBytes.read(path: path)
        #expect(all == data && !cut)
        let (head, truncated) = try FileBytes.read(path: path, limit: 5)
        #expect(head == Array(data.prefix(5)) && truncated)
        var sizes: [Int] = []
        try FileBytes.stream(path: path) { sizes.append($0.count); return true }
        #expect(sizes == [FileBytes.chunkSize, 10])
        #expect(throws: FileReadError.self) { try FileBytes.read(path: dir + "/missing") }
        #expect(FileBytes.status(path: path)?.size == data.count)
        #expect(FileBytes.utcYear(ofUnixTime: 1_709_251_200) == 2024)
    }
}
