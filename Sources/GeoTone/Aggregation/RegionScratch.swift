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
    /// Memberships in the order they were added; `grouped` holds them region by region once ``members(of:)`` runs.
    private var entries: [Entry] = []
    private var grouped: [Entry] = []
    private var start: [Int] = []
    private var count: [Int] = []
    private var grouping = false
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
        grouping = false
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
        count[Int(region)] += 1
        memberMentions[Int(region)] += mentions
    }

    mutating func addDirect(region: Int32, mentions: Int) {
        touch(region)
        direct[Int(region)] = mentions
    }

    /// Member entries of `region`, in the order they were added (call after all `addMember`/`addDirect`).
    ///
    /// The first call groups the article's entries by region in one counting pass (the counts were kept by
    /// `addMember`): each region's slice starts where the regions touched before it end. What the aggregation adds
    /// up over a region's members and over all entries does not depend on their order.
    mutating func members(of region: Int32) -> ArraySlice<Entry> {
        if !grouping { group() }
        let r = Int(region)
        return count[r] == 0 ? grouped[0..<0] : grouped[start[r]..<(start[r] + count[r])]
    }

    private mutating func group() {
        var offset = 0
        for r in touched {
            start[Int(r)] = offset
            offset += count[Int(r)]
        }
        grouped.removeAll(keepingCapacity: true)
        grouped.append(contentsOf: entries)
        grouped.withUnsafeMutableBufferPointer { out in
            start.withUnsafeMutableBufferPointer { next in
                for e in entries {
                    out[next[Int(e.region)]] = e
                    next[Int(e.region)] += 1
                }
                // `next` now holds each region's end: back to its start.
                for r in touched { next[Int(r)] -= count[Int(r)] }
            }
        }
        grouping = true
    }

    /// Every membership entry of the article, in the order added.
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
