import Testing
@testable import GeoTone

@Test func versionIsSemantic() {
    #expect(GeoToneVersion.string.split(separator: ".").count == 3)
}
