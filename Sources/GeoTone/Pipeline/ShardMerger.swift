/// Combines the shard runs of one corpus (`analyze --shard I/N`, one store each) into one run: `geotone merge`.
///
/// The shards' articles are replayed in shard order, which is the single run's order (``ShardPlan``): each gets
/// its ordinal in the whole corpus, duplicates are found across shards by the same content digest, and each first
/// occurrence's cached payload is decoded and added to one ``CorpusAccumulator``. The rows and tables are then
/// written by the writers a single run uses (``ArticleTableWriter``, ``SummaryTableWriter``, ``ArticleCache``), so
/// the seven CSV files are the single run's, byte for byte, and a later run over the same articles reuses them.
public final class ShardMerger {
    /// What to merge and where the merged run goes.
    public struct Options: Sendable {
        public var stores: [String]
        public var outDirectory: String
        /// The merged store; default `<out>/geotone.sqlite`.
        public var databasePath: String?
        public var datasetsDirectory: String
        public var label: String?
        public var busyTimeoutMilliseconds: Int32 = 10_000

        public init(stores: [String], outDirectory: String, datasetsDirectory: String) {
            self.stores = stores
            self.outDirectory = outDirectory
            self.datasetsDirectory = datasetsDirectory
        }

        public var resolvedDatabasePath: String { databasePath ?? (outDirectory + "/geotone.sqlite") }
    }

    public let options: Options
    let sink: DiagnosticsSink
    /// Bits of an ordinal in the repeated-id index's values (the shard index is kept above them).
    static let ordinalBits: UInt64 = 40

    public init(options: Options, sink: DiagnosticsSink) {
        self.options = options
        self.sink = sink
    }

    /// Checks the shards (``ShardError/mismatch(_:)`` names the problem), then writes the merged run.
    public func run() throws -> RunSummary {
        let started = Clock.monotonic()
        let startedAt = Clock.isoNow()
        let sources = try Self.validated(options.stores.map { try ShardSource(path: $0, busyTimeoutMilliseconds: options.busyTimeoutMilliseconds) })
        let first = sources[0]
        let resources = try AnalysisResources(datasetsDirectory: options.datasetsDirectory, lexicon: first.info.lexicon,
                                              mentionKinds: first.info.mentionKinds, groupsPath: first.info.groupsPath)
        let methodKey = ArticleCache.methodKey(
            optionsHash: first.optionsHash, lexiconChecksum: resources.lexicon.checksum, gazetteerChecksum: resources.placesChecksum,
            toolVersion: GeoToneVersion.string,
            extraFiles: [options.datasetsDirectory + "/text/abbreviations.txt", options.datasetsDirectory + "/ingest/fields.tsv"])
        guard methodKey == first.methodKey else {
            throw ShardError.mismatch("the shards were analysed with other data files or another geotone version than this merge "
                + "uses (\(options.datasetsDirectory), geotone \(GeoToneVersion.string)): merge with the same --datasets and binary")
        }

        try Directory.create(options.outDirectory)
        StaleTemporaryFiles.remove(in: options.outDirectory)
        let store = try ResultStore(path: options.resolvedDatabasePath, busyTimeoutMilliseconds: options.busyTimeoutMilliseconds)
        let db = store.database
        try db.execute("PRAGMA foreign_keys = OFF")
        do { try db.execute("BEGIN IMMEDIATE") } catch let e as SQLiteError where e.isBusy {
            throw ResultStoreError.busy(options.resolvedDatabasePath)
        }
        var committed = false
        defer { if !committed { try? db.execute("ROLLBACK") } }
        let run = try MergedRunWriter(database: db, label: options.label, startedAt: startedAt, source: first)
        var summary = RunSummary(runID: run.runID)
        summary.databasePath = options.resolvedDatabasePath
        let cache = try ArticleCache(store: store, runID: run.runID, methodKey: methodKey)
        let articleWriter = try ArticleTableWriter(outDirectory: options.outDirectory, store: store, runID: run.runID)
        var total = CorpusAccumulator(countryCount: resources.gazetteer.countries.count, regionModel: resources.regionModel)
        let period = first.info.period

        // Diagnostics: each shard's, once each (a file read in pieces is described by every shard that read one).
        var said = Set<[String]>()
        func report(_ d: Diagnostic) throws {
            guard said.insert([d.severity.rawValue, d.code, d.path, String(d.line), d.message]).inserted else { return }
            summary.diagnostics[d.severity, default: 0] += 1
            try run.record(d)
            sink.report(d)
        }
        // Which fields were read is said once for all files read the same way, as a single run says it.
        var fieldsUsed: [String: [String]] = [:]
        for source in sources {
            for d in try source.diagnostics() {
                if d.code == "fields-used" {
                    if fieldsUsed[d.message]?.last != d.path { fieldsUsed[d.message, default: []].append(d.path) }
                } else {
                    try report(d)
                }
            }
        }
        for message in fieldsUsed.keys.sorted() {
            let paths = fieldsUsed[message]!
            try report(Diagnostic(.info, "fields-used", path: paths.count == 1 ? paths[0] : "",
                                  paths.count == 1 ? message : "\(message) (\(paths.count) files, first \(paths[0]))"))
        }

        // Articles, in the single run's order.
        let seen = DigestTable(spillDirectory: options.outDirectory)
        let idsSeen = DigestTable(spillDirectory: options.outDirectory)
        let firstPlace = try db.prepare("SELECT source_path, line FROM articles WHERE run_id = ? AND ordinal = ?")
        var ordinal = 0
        for (shard, source) in sources.enumerated() {
            try source.forEachArticle { shardRecord, content, key, payload in
                ordinal += 1
                var record = shardRecord
                record.ordinal = ordinal
                var idHash = FastHash()
                idHash.update(record.articleID)
                let id = idHash.digest()
                // Repeated ids within a shard were reported by the shard; across shards they are reported here. The
                // index keeps the shard and the ordinal of an id's first article.
                if let earlier = idsSeen.insertIfAbsent(id, value: UInt64(shard) << Self.ordinalBits | UInt64(ordinal)),
                   earlier >> Self.ordinalBits != UInt64(shard) {
                    let first = Int64(earlier & (1 << Self.ordinalBits - 1))
                    let place = try firstPlace.withRow([.integer(run.runID), .integer(first)])
                    try report(Diagnostic(.warning, "duplicate-id", path: record.sourcePath, line: record.line,
                                          "article id \"\(record.articleID)\" was already used at \(place.0):\(place.1); both are kept"))
                }
                if let earlier = seen.insertIfAbsent(content, value: UInt64(ordinal)) {
                    record.duplicateOfOrdinal = Int(earlier)
                    summary.duplicates += 1
                } else {
                    guard let payload, let facts = ArticleCachePayload.decode(payload, into: &record, date: record.date,
                                                                              period: period.key(for: record.date)) else {
                        throw ShardError.mismatch("\(source.path): article \(shardRecord.ordinal) (\(record.sourcePath):\(record.line)) "
                            + "has no readable analysis result")
                    }
                    total.add(facts)
                    try cache.store(key, payload: Array(payload))
                }
                try articleWriter.write(record)
            }
            try articleWriter.flush()
        }
        summary.articles = ordinal
        let unreadable = seen.release() + idsSeen.release()
        if unreadable > 0 {
            try report(Diagnostic(.warning, "duplicate-check", path: options.outDirectory,
                                  "\(unreadable) entries of the duplicate check's temporary file could not be read back; "
                                      + "some duplicates or repeated ids may not be marked"))
        }
        try db.execute(ResultStore.finalStepsCachePragma)
        try cache.indexRun()

        // The corpus tables, by the single run's writer.
        let countryInfo = resources.gazetteer.countries.map {
            CountryInfo(code: $0.alpha2, iso3: $0.alpha3, name: $0.name, continent: $0.continent, subregion: $0.subregion)
        }
        let tables = SummaryTableWriter(countries: countryInfo, regions: resources.regionModel,
                                        minPairArticles: first.info.minPairArticles, articleTotal: total.articles)
        let summaryFiles = try tables.write(total, outDirectory: options.outDirectory, store: store, runID: run.runID)
        summary.undated = total.undated
        if total.undated > 0 {
            try report(Diagnostic(.info, "undated", path: "", "\(total.undated) article(s) have no date; they are in the timeline period \"unknown\""))
        }
        summary.countries = total.countries.filter { $0.articles > 0 }.count
        summary.pairs = total.pairs.count
        var sentenceTally = Tally()
        for t in total.countries { sentenceTally += t }
        summary.meanCompound = sentenceTally.meanCompound

        var inputs: [UnchangedRun.Input] = []
        for source in sources { inputs += try source.inputs() }
        summary.files = inputs.count
        summary.bytes = inputs.reduce(0) { $0 + $1.bytes }
        var fingerprintHash = FastHash()
        for input in inputs.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            fingerprintHash.update("\(input.path)\u{0}\(input.bytes)\u{0}\(input.hash)\n")
        }
        summary.inputFingerprint = fingerprintHash.finalize()
        try run.recordShards(sources)
        try run.recordFiles(inputs: inputs, outputs: articleWriter.files + summaryFiles)
        summary.seconds = Clock.monotonic() - started
        try run.complete(summary, firstDate: total.firstDate, lastDate: total.lastDate)
        try db.execute("COMMIT")
        committed = true
        try articleWriter.commit()
        for file in summaryFiles { try file.commit() }
        try? db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        summary.outputs = UnchangedRun.outputNames.map { options.outDirectory + "/" + $0 }
        return summary
    }

    /// The shards in index order, once they are shown to be the complete set of shards of one corpus and one method.
    static func validated(_ given: [ShardSource]) throws -> [ShardSource] {
        guard let first = given.first else { throw ShardError.mismatch("no shard stores given") }
        for s in given.dropFirst() {
            func differ(_ what: String, _ a: String, _ b: String) -> ShardError {
                .mismatch("\(first.path) and \(s.path) differ in \(what) (\(a) vs \(b)): they are not shards of one run")
            }
            if s.info.count != first.info.count { throw differ("shard count", "\(first.info.count)", "\(s.info.count)") }
            if s.optionsHash != first.optionsHash { throw differ("options", first.optionsJSON, s.optionsJSON) }
            if s.lexiconChecksum != first.lexiconChecksum { throw differ("lexicon checksum", first.lexiconChecksum, s.lexiconChecksum) }
            if s.gazetteerChecksum != first.gazetteerChecksum {
                throw differ("gazetteer checksum", first.gazetteerChecksum, s.gazetteerChecksum)
            }
            if s.toolVersion != first.toolVersion { throw differ("geotone version", first.toolVersion, s.toolVersion) }
            if s.methodKey != first.methodKey { throw differ("data files (method key)", first.methodKey, s.methodKey) }
            if s.info.partition != first.info.partition {
                throw differ("inputs (paths, sizes or times of the files listed)", first.info.partition, s.info.partition)
            }
        }
        var byIndex: [Int: ShardSource] = [:]
        for s in given {
            if let other = byIndex[s.info.index] {
                throw ShardError.mismatch("shard \(s.info.index) of \(first.info.count) is given twice (\(other.path) and \(s.path))")
            }
            byIndex[s.info.index] = s
        }
        let missing = (0..<first.info.count).filter { byIndex[$0] == nil }
        if !missing.isEmpty {
            throw ShardError.mismatch("shard(s) \(missing.map(String.init).joined(separator: ", ")) of \(first.info.count) missing")
        }
        let ordered = (0..<first.info.count).map { byIndex[$0]! }
        for (a, b) in zip(ordered, ordered.dropFirst()) where a.info.endCut != b.info.startCut {
            throw ShardError.mismatch("shard \(a.info.index) ends at \(a.info.endCut) but shard \(b.info.index) starts at \(b.info.startCut)")
        }
        return ordered
    }
}

extension SQLiteStatement {
    /// The first row's first two columns for `values` (source path and line of an article), reset afterwards.
    fileprivate func withRow(_ values: [SQLiteValue]) throws -> (String, Int) {
        try bind(values)
        defer { reset() }
        guard try step() else { return ("?", 0) }
        return (value(at: 0).string, Int(value(at: 1).int ?? 0))
    }
}
