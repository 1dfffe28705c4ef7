/// Reused per-article working memory for region aggregation (no allocation after warm-up).
///
/// Collects, for one article, the (region, member country) memberships that hold on its date and the
/// regions named directly; then hands out each touched region's members as a contiguous slice.
struct RegionScratch: Sendable {
    /// One membership that holds for the article.
    struct Entry: Sendable {
        var region: Int32
        var country: Int32
        /// The country's position in the article's country list (for bit sets over the article's countries).
        var local: Int32 = 0
        /// The membership's index in the ``MembershipIndex``.
        var membership: Int32 = 0
    }

    /// Regions touched by the article, in first-touch order.
    private(set) var touched: [Int32] = []
    /// Per region: member-country mentions and direct mentions in the current article.
    private(set) var memberMentions: [Int] = []
    private(set) var direct: [Int] = []
    private var isTouched: [Bool] = []
    private var entries: [Entry] = []
    private var start: [Int] = []
    private var count: [Int] = []
    private var sorted = false
    /// Regions of the current sentence, unique.
    private(set) var sentenceRegions: [Int32] = []
    private var inSentence: [Bool] = []

    mutating func reset(regionCount: Int) {
        memberMentions = Array(repeating: 0, count: regionCount)
        direct = Array(repeating: 0, count: regionCount)
        isTouched = Array(repeating: false, count: regionCount)
        start = Array(repeating: 0, count: regionCount)
        count = Array(repeating: 0, count: regionCount)
        inSentence = Array(repeating: false, count: regionCount)
    }

    mutating func begin() {
        touched.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        sorted = false
    }

    private mutating func touch(_ region: Int32) {
        if !isTouched[Int(region)] {
            isTouched[Int(region)] = true
            touched.append(region)
        }
    }

    mutating func addMember(region: Int32, country: Int32, local: Int, membership: Int, mentions: Int) {
        touch(region)
        entries.append(Entry(region: region, country: country, local: Int32(local), membership: Int32(membership)))
        memberMentions[Int(region)] += mentions
    }

    mutating func addDirect(region: Int32, mentions: Int) {
        touch(region)
        direct[Int(region)] = mentions
    }

    /// Member entries of `region` (call after all `addMember`/`addDirect`).
    mutating func members(of region: Int32) -> ArraySlice<Entry> {
        if !sorted {
            entries.sort { ($0.region, $0.country) < ($1.region, $1.country) }
            for r in touched { count[Int(r)] = 0 }
            for (i, e) in entries.enumerated().reversed() {
                start[Int(e.region)] = i
                count[Int(e.region)] += 1
            }
            sorted = true
        }
        let r = Int(region)
        return count[r] == 0 ? entries[0..<0] : entries[start[r]..<(start[r] + count[r])]
    }

    /// Every membership entry of the article (sorted by region and country once ``members(of:)`` was called).
    var allEntries: [Entry] { entries }

    mutating func beginSentence() {
        for r in sentenceRegions { inSentence[Int(r)] = false }
        sentenceRegions.removeAll(keepingCapacity: true)
    }

    mutating func markSentence(_ region: Int32) {
        if !inSentence[Int(region)] {
            inSentence[Int(region)] = true
            sentenceRegions.append(region)
        }
    }

    /// Clears the per-article state.
    mutating func end() {
        for r in touched {
            isTouched[Int(r)] = false
            memberMentions[Int(r)] = 0
            direct[Int(r)] = 0
            count[Int(r)] = 0
        }
        beginSentence()
    }
}
