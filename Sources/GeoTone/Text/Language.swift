/// A language geotone reads, as its ISO 639-1 code; ``und`` when it could not be told.
///
/// English and ``und`` are read with the English gazetteer and rules; every other language has its own alias
/// file (`Datasets/gazetteer/languages/<code>.tsv`) and matching rules (Documentation/Detection.md).
public enum Language: String, Sendable, CaseIterable, Comparable {
    case en, es, fr, de, pt, it, ru, ar, zh, ja, tr
    /// Undetermined: too little text, or no language clearly ahead.
    case und

    /// The languages with their own gazetteer (every one but English and ``und``).
    public static var other: [Language] { allCases.filter { $0 != .en && $0 != .und } }

    /// The writing system the language's matcher works on.
    public var script: Script {
        switch self {
        case .en, .es, .fr, .de, .pt, .it, .tr, .und: return .latin
        case .ru: return .cyrillic
        case .ar: return .arabic
        case .zh: return .han
        case .ja: return .japanese
        }
    }

    /// Whether the English gazetteer and rules read this language's text.
    public var readsAsEnglish: Bool { self == .en || self == .und }

    /// Parses an ISO 639-1 code given by a user (`--language`); nil for an unknown one.
    public init?(code: String) {
        guard let l = Language(rawValue: code.lowercased()) else { return nil }
        self = l
    }

    /// The codes accepted by `--language`, comma-separated.
    public static var list: String { allCases.filter { $0 != .und }.map(\.rawValue).joined(separator: ", ") }

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }

    /// A writing system.
    public enum Script: String, Sendable {
        case latin, cyrillic, arabic, han, japanese
    }
}
