/// Identifies a place the matcher can report: a country, a region or a group of countries.
///
/// Countries come first (`0..<countries.count`, in the order of `countries.tsv`), then regions,
/// then groups; ``Gazetteer`` converts between IDs and codes.
public struct EntityID: Hashable, Comparable, Sendable {
    /// Index into the gazetteer's entity list.
    public let rawValue: Int32

    /// Wraps an index.
    @inlinable public init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// Orders by index.
    @inlinable public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }
}

/// What sort of place an ``EntityID`` names.
public enum EntityType: String, Sendable, CaseIterable {
    /// A country or territory with an ISO 3166-1 alpha-2 code (including historical ones).
    case country
    /// A continent, UN M49 subregion or informal region (`m49:143`, `geo:middle-east`).
    case region
    /// A group of countries with dated membership (`group:EU`).
    case group
}
