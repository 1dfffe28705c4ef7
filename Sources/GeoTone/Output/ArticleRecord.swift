/// One article's results as they are written to `articles.csv`, `mentions.csv` and the store.
public struct ArticleRecord: Sendable {
    /// One row of `mentions.csv`.
    public struct MentionRow: Sendable, Equatable {
        /// ISO alpha-2 code, or a region/group id.
        public var entity: String
        public var mentions: Int
        /// UTF-8 byte offset of the first mention in the analysed text (title, blank line, body).
        public var firstOffset: Int
        /// Surface forms seen, sorted, unique.
        public var forms: [String]
        public init(entity: String, mentions: Int, firstOffset: Int, forms: [String]) {
            self.entity = entity
            self.mentions = mentions
            self.firstOffset = firstOffset
            self.forms = forms
        }
    }

    /// Article-level sentiment: mean of sentence scores, plus GDELT-style tone figures.
    public struct Sentiment: Sendable, Equatable {
        public var compound, positive, negative, neutral, tone, polarity: Double
        public init(compound: Double, positive: Double, negative: Double, neutral: Double, tone: Double, polarity: Double) {
            self.compound = compound
            self.positive = positive
            self.negative = negative
            self.neutral = neutral
            self.tone = tone
            self.polarity = polarity
        }
    }

    public var ordinal: Int
    public var articleID: String
    public var sourcePath: String
    public var line: Int
    public var date: String?
    public var dateSource: String
    public var title: String
    public var datelinePlace: String?
    public var datelineCountry: String?
    public var agency: String?
    public var words = 0
    public var sentences = 0
    public var contentHash: String
    /// The id of the earlier identical article, when this one is a duplicate (then it is not analysed).
    public var duplicateOf: String?
    /// The ordinal of that earlier article, when only it is known (``ArticleTableWriter`` then fills `duplicateOf`).
    public var duplicateOfOrdinal: Int?
    public var countries: [String] = []
    public var focus: [String] = []
    /// Sentiment; nil for an article in a language other than English (no lexicon: tone is empty, not zero).
    public var sentiment: Sentiment?
    /// The article's language as an ISO 639-1 code (`und` when not told), detected or given with `--language`.
    public var language: String?
    public var mentions: [MentionRow] = []

    public init(ordinal: Int, articleID: String, sourcePath: String, line: Int, date: String?, dateSource: String,
                title: String, datelinePlace: String?, agency: String?, contentHash: String) {
        self.ordinal = ordinal
        self.articleID = articleID
        self.sourcePath = sourcePath
        self.line = line
        self.date = date
        self.dateSource = dateSource
        self.title = title
        self.datelinePlace = datelinePlace
        self.agency = agency
        self.contentHash = contentHash
    }
}
