import Testing
@testable import GeoTone

@Suite struct CorpusAccumulatorTests {
    /// Three countries; region 0 has 0 and 1; group 1 has country 2 only until 2024-01-31.
    let model = RegionModel(
        regions: [.init(id: "r", name: "R", level: "subregion"), .init(id: "group:G", name: "G", level: "group")],
        memberships: [[.init(region: 0, validFrom: nil, validTo: nil)],
                      [.init(region: 0, validFrom: nil, validTo: nil)],
                      [.init(region: 1, validFrom: nil, validTo: "2024-01-31")]])

    func facts(_ date: String?, _ countries: [Int32], compound: Double) -> ArticleFacts {
        ArticleFacts(date: date, period: Period.month.key(for: date), countries: countries,
                     countryMentions: countries.map { _ in 2 }, regions: [], regionMentions: [],
                     sentences: [.init(countries: countries, regions: [], compound: compound)], datelineCountry: nil)
    }

    @Test func mergeEqualsSequential() {
        let all = [facts("2024-01-05", [0, 1], compound: 0.5), facts("2024-02-05", [1, 2], compound: -0.3),
                   facts(nil, [0, 2], compound: 0.1), facts("2024-03-01", [0], compound: 0.7)]
        var one = CorpusAccumulator(countryCount: 3, regionModel: model)
        all.forEach { one.add($0) }
        var a = CorpusAccumulator(countryCount: 3, regionModel: model)
        var b = CorpusAccumulator(countryCount: 3, regionModel: model)
        all.prefix(1).forEach { a.add($0) }
        all.dropFirst().forEach { b.add($0) }
        a.merge(b)
        #expect(a.countries == one.countries)
        #expect(a.pairs == one.pairs)
        #expect(a.timeline == one.timeline)
        #expect(a.undated == 1)
    }

    @Test func datedGroupMembershipIsHonoured() {
        var acc = CorpusAccumulator(countryCount: 3, regionModel: model)
        acc.add(facts("2024-01-10", [2], compound: 0))   // member then
        acc.add(facts("2024-02-10", [2], compound: 0))   // no longer
        #expect(acc.regions[1].base.articles == 1)
    }

    @Test func regionArticlesAreAUnionNotASum() {
        var acc = CorpusAccumulator(countryCount: 3, regionModel: model)
        acc.add(facts("2024-01-10", [0, 1], compound: 0.2))
        #expect(acc.regions[0].base.articles == 1)
        #expect(acc.regions[0].base.mentions == 4)
        #expect(acc.regions[0].internalPairArticles == 1)
    }

    @Test func threeMonthsGiveThreePeriods() {
        var acc = CorpusAccumulator(countryCount: 3, regionModel: model)
        for month in ["01", "02", "03"] { acc.add(facts("2024-\(month)-15", [0], compound: 0)) }
        let periods = Set(acc.timeline.keys.filter { $0.kind == 0 && $0.entity == 0 }.map(\.period))
        #expect(periods == ["2024-01", "2024-02", "2024-03"])
    }
}

@Suite struct MembershipDateTests {
    @Test(arguments: [
        ("2020", nil as String?, "2020-12-31", true), ("2020", nil, "2021-01-01", false), ("2020-06", nil, "2020-06-30", true),
        (nil, "2024", "2024-01-01", true), (nil, "2024", "2023-12-31", false), (nil, "2024-03-07", "2024-03-07", true),
        (nil, "2024-03-07", "2024-03-06", false),
    ] as [(String?, String?, String, Bool)])
    func boundsAreInclusiveAtTheirPrecision(to: String?, from: String?, date: String, holds: Bool) {
        let m = RegionModel.Membership(region: 0, validFrom: from, validTo: to)
        #expect(m.holds(on: date) == holds, "from \(from ?? "-") to \(to ?? "-") on \(date)")
        // An undated article counts for current memberships only (no end date).
        #expect(m.holds(on: nil) == (to == nil))
    }
}
