#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import GeoTone

/// Loads gazetteers once and runs the matcher on short texts.
struct MatcherHarness: Sendable {
    let gazetteer: Gazetteer
    let matcher: CountryMatcher
    let tokenizer: Tokenizer

    init(directory: String, kinds: Set<MentionKind> = Set(MentionKind.allCases)) {
        do {
            gazetteer = try Gazetteer.load(directory: directory)
        } catch {
            fatalError("gazetteer \(directory) failed to load: \(error)")
        }
        matcher = CountryMatcher(gazetteer: gazetteer, kinds: kinds)
        tokenizer = Tokenizer()
    }

    /// The fixture gazetteer of the tests, every mention kind reported.
    static let fixture = MatcherHarness(directory: TestPaths.fixtureGazetteer)
    /// Whether the project gazetteer is present.
    static let hasProjectGazetteer = FileManager.default.fileExists(atPath: TestPaths.realGazetteer + "/aliases.tsv")
    /// The project gazetteer (only touch when ``hasProjectGazetteer``).
    static let project = MatcherHarness(directory: TestPaths.realGazetteer)
    /// The project gazetteer when present, else the fixture.
    static var best: MatcherHarness { hasProjectGazetteer ? project : fixture }

    /// Codes of the mentions in text order.
    func codes(_ text: String) -> [String] {
        mentions(text).map { gazetteer.code(of: $0.entity) }
    }

    /// Codes of the country mentions in text order.
    func countryCodes(_ text: String) -> [String] {
        mentions(text).filter { gazetteer.countryIndex(of: $0.entity) != nil }.map { gazetteer.code(of: $0.entity) }
    }

    func mentions(_ text: String) -> [Mention] {
        let bytes = Array(text.utf8)
        let t = tokenizer.tokenize(bytes)
        return bytes.withUnsafeBufferPointer { matcher.matches(in: t, bytes: $0) }
    }
}
