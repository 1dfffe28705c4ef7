extension SummaryTableWriter {
    /// Sort rank of region levels in `regions.csv`.
    static let levelOrder = ["continent": 0, "subregion": 1, "intermediate": 2, "informal": 3, "group": 4]

    func writeRegions(_ acc: CorpusAccumulator, outDirectory: String, rows: inout [RegionRow]) throws -> CSVTableWriter {
        let csv = try CSVTableWriter(path: outDirectory + "/regions.csv", header: Self.regionColumns)
        let tallies = acc.regions
        let totalMentions = acc.totalCountryMentions + tallies.reduce(0) { $0 + $1.directMentions }
        let order = regions.regions.indices.sorted {
            let a = regions.regions[$0], b = regions.regions[$1]
            return (Self.levelOrder[a.level] ?? 9, a.name) < (Self.levelOrder[b.level] ?? 9, b.name)
        }
        for i in order {
            let region = regions.regions[i], t = tallies[i]
            let top = t.countryArticles.sorted { ($0.value, countries[Int($1.key)].alpha2) > ($1.value, countries[Int($0.key)].alpha2) }
                .prefix(Self.topCountriesCount).map { countries[Int($0.key)].alpha2 }.joined(separator: ";")
            let partner = t.partnerPairArticles.max {
                ($0.value, regions.regions[Int($1.key)].name) < ($1.value, regions.regions[Int($0.key)].name)
            }.map { regions.regions[Int($0.key)].name } ?? ""
            let shareArticles = share(t.base.articles, articleTotal)
            let shareMentions = share(t.base.mentions, totalMentions)
            let positive = t.base.sentences > 0 ? share(t.base.positiveSentences, t.base.sentences) : nil
            let negative = t.base.sentences > 0 ? share(t.base.negativeSentences, t.base.sentences) : nil
            try csv.writeRow([.text(region.level), .text(region.name), .integer(t.countryArticles.count), .integer(t.base.articles),
                              .integer(t.base.mentions), .integer(t.directMentions), .number(shareArticles, decimals: 4),
                              .number(shareMentions, decimals: 4), .fixed(t.base.meanCompound, decimals: 4),
                              .fixed(positive, decimals: 4), .fixed(negative, decimals: 4),
                              .text(top), .integer(t.internalPairArticles), .integer(t.externalPairArticles), .text(partner)])
            rows.append(RegionRow(level: region.level, region: region.name, countriesMentioned: t.countryArticles.count,
                                  articles: t.base.articles, mentions: t.base.mentions, directMentions: t.directMentions,
                                  share: shareArticles, shareOfMentions: shareMentions, meanCompound: t.base.meanCompound,
                                  positiveShare: positive, negativeShare: negative, topCountries: top,
                                  internalPairArticles: t.internalPairArticles, externalPairArticles: t.externalPairArticles,
                                  topPartnerRegion: partner))
        }
        return csv
    }

    func writeTimeline(_ acc: CorpusAccumulator, outDirectory: String, rows out: inout [TimelineRow]) throws -> CSVTableWriter {
        let csv = try CSVTableWriter(path: outDirectory + "/timeline.csv", header: Self.timelineColumns)
        // Rows by period, entity type, entity name: periods and entities ranked once, rows sorted by the two ranks.
        var entities: [(type: String, name: String)] = countries.map { ("country", $0.alpha2) }
        for region in regions.regions { entities.append((region.level == "group" ? "group" : "region", region.name)) }
        var entityRank = [Int](repeating: 0, count: entities.count)
        for (rank, e) in entities.indices.sorted(by: { (entities[$0].type, entities[$0].name) < (entities[$1].type, entities[$1].name) }).enumerated() {
            entityRank[e] = rank
        }
        let periods = acc.periods
        var periodRank = [Int](repeating: 0, count: periods.count)
        for (rank, p) in periods.indices.sorted(by: { periods[$0] < periods[$1] }).enumerated() { periodRank[p] = rank }
        var cells: [(period: Int, entity: Int, tally: Tally)] = []
        acc.forEachTimelineCell { period, kind, entity, tally in
            guard tally.articles > 0 else { return }
            cells.append((period, kind == 0 ? Int(entity) : countries.count + Int(entity), tally))
        }
        cells.sort { (periodRank[$0.period], entityRank[$0.entity]) < (periodRank[$1.period], entityRank[$1.entity]) }
        out.reserveCapacity(out.count + cells.count)
        for cell in cells {
            let period = periods[cell.period], entity = entities[cell.entity]
            let mean = cell.tally.meanCompound
            csv.cell(period); csv.cell(entity.type); csv.cell(entity.name); csv.cell(cell.tally.articles)
            csv.cell(cell.tally.mentions); csv.cell(mean, decimals: 4)
            try csv.endRow()
            out.append(TimelineRow(period: period, entityType: entity.type, entity: entity.name,
                                   articles: cell.tally.articles, mentions: cell.tally.mentions, meanCompound: mean))
        }
        return csv
    }

    func writeDatelines(_ acc: CorpusAccumulator, outDirectory: String, rows out: inout [DatelineRow]) throws -> CSVTableWriter {
        let csv = try CSVTableWriter(path: outDirectory + "/datelines.csv", header: Self.datelineColumns)
        let rows = acc.datelines.map { (code: countries[Int($0.key)].alpha2, tally: $0.value) }
            .sorted { ($0.tally.articles, $1.code) > ($1.tally.articles, $0.code) }
        for row in rows {
            let top = row.tally.mentioned.sorted { ($0.value, countries[Int($1.key)].alpha2) > ($1.value, countries[Int($0.key)].alpha2) }
                .prefix(Self.topMentionedCount).map { countries[Int($0.key)].alpha2 }.joined(separator: ";")
            try csv.writeRow([.text(row.code), .integer(row.tally.articles), .text(top)])
            out.append(DatelineRow(country: row.code, articles: row.tally.articles, topMentioned: top))
        }
        return csv
    }
}
