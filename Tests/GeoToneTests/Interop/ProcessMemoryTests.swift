import Testing
@testable import GeoTone

@Suite struct ProcessMemoryTests {
    @Test func allocatorAcceptsTheArenaLimit() {
        #expect(ProcessMemory.limitArenas(ProcessMemory.runArenas))
    }
}
