/// The places found in one article.
public struct ArticleDetection: Sendable {
    /// Mentions in the title (token and byte offsets refer to the title).
    public var titleMentions: [Mention] = []
    /// Mentions in the body (offsets refer to the body).
    public var bodyMentions: [Mention] = []
    /// The country of the dateline's place, recorded apart from the mentions.
    public var datelineCountry: Int?
    /// Countries named in the title or body, ascending by index.
    public var countries: [Int] = []
    /// Countries the article is mainly about, ascending by index.
    public var focus: [Int] = []

    /// Creates an empty detection.
    public init() {}
}
