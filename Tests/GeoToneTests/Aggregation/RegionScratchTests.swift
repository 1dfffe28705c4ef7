import Testing
@testable import GeoTone

@Suite struct RegionScratchTests {
    /// Memberships of (region, country) pairs, added as an article's countries are walked.
    static let articles: [[(region: Int32, country: Int32)]] = [
        [(3, 10), (1, 10), (3, 11), (0, 12), (1, 12), (3, 12)],
        [(2, 5)],
        [(1, 7), (1, 8), (4, 7), (1, 9)],
        [],
    ]

    /// Each touched region's members are exactly the memberships added for it, in the order added; every entry is
    /// in `allEntries` once; nothing is left over from the article before.
    @Test func membersAreGroupedByRegion() {
        var scratch = RegionScratch()
        scratch.reset(regionCount: 6)
        for memberships in Self.articles {
            scratch.begin()
            for (k, m) in memberships.enumerated() {
                scratch.addMember(region: m.region, country: m.country, local: k, membership: k, mentions: 1)
            }
            scratch.addDirect(region: 5, mentions: 2)
            for region in scratch.touched {
                let expected = memberships.filter { $0.region == region }.map(\.country)
                #expect(scratch.members(of: region).map(\.country) == expected, "region \(region)")
                #expect(scratch.members(of: region).allSatisfy { $0.region == region })
                #expect(scratch.memberMentions[Int(region)] == expected.count)
            }
            #expect(scratch.members(of: 5).isEmpty)
            #expect(scratch.direct[5] == 2)
            let all = scratch.allEntries.map { "\($0.region)/\($0.country)" }.sorted()
            #expect(all == memberships.map { "\($0.region)/\($0.country)" }.sorted())
            scratch.end()
        }
    }
}
