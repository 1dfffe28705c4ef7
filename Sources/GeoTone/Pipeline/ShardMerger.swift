/// Combines the shard runs of one corpus (`analyze --shard I/N`, one store each) into one run: `geotone merge`.
///
/// The shards' articles are replayed in shard order, which is the single run's order (``ShardPlan``): each gets
/// its ordinal in the whole corpus, duplicates are found across shards by the same content digest, and each first
/// occurrence's cached payload is decoded and added to one ``CorpusAccumulator``. The run is written through
/// ``ResultStore/write(run:deferringCheckpoint:_:)`` and the writers a single run uses (``RunWriter``,
/// ``ArticleTableWriter``, ``SummaryTableWriter``), so the seven CSV files are the single run's, byte for byte, and a
/// later run over the same articles reuses the merged run's cache entries.
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
            optionsHash: first.record.optionsHash, lexiconChecksum: resources.lexicon.checksum,
            gazetteerChecksum: resources.placesChecksum, toolVersion: GeoToneVersion.string,
            extraFiles: [options.datasetsDirectory + "/text/abbreviations.txt", options.datasetsDirectory + "/ingest/fields.tsv"])
        guard methodKey == first.record.methodKey else {
            throw ShardError.mismatch("the shards were analysed with other data files or another geotone version than this merge "
                + "uses (\(options.datasetsDirectory), geotone \(GeoToneVersion.string)): merge with the same --datasets and binary")
        }

        try Directory.create(options.outDirectory)
        StaleTemporaryFiles.remove(in: options.outDirectory)
        let store = try ResultStore(path: options.resolvedDatabasePath, busyTimeoutMilliseconds: options.busyTimeoutMilliseconds)
        let start = RunStart(label: options.label, startedAt: startedAt, methodJSON: first.record.optionsJSON,
                             lexiconChecksum: first.record.lexiconChecksum, gazetteerChecksum: first.record.gazetteerChecksum,
                             toolVersion: first.record.toolVersion)
        var outputs: [any RunOutputFile] = []
        let summary = try store.write(run: start) { writer in
            try write(writer, sources: sources, resources: resources, methodKey: methodKey, started: started, outputs: &outputs)
        }
        // The run is committed: only now are the CSV files renamed into place.
        for file in outputs { try file.commit() }
        return summary
    }

    /// Writes the merged run through `writer` (inside its transaction); `outputs` gets the files to rename once it commits.
    private func write(_ writer: RunWriter, sources: [ShardSource], resources: AnalysisResources, methodKey: String,
                       started: Double, outputs: inout [any RunOutputFile]) throws -> RunSummary {
        let first = sources[0]
        try writer.setMethodKey(methodKey)
        var summary = RunSummary(runID: writer.runID)
        summary.databasePath = options.resolvedDatabasePath
        let articleWriter = try ArticleTableWriter(outDirectory: options.outDirectory)
        var total = CorpusAccumulator(countryCount: resources.gazetteer.countries.count, regionModel: resources.regionModel)
        let period = first.info.period

        // Diagnostics: each shard's, once each (a file read in pieces is described by every shard that read one).
        var said = Set<[String]>()
        var diagnosticSeq = 0
        func report(_ d: Diagnostic) throws {
            guard said.insert([d.severity.rawValue, d.code, d.path, String(d.line), d.message]).inserted else { return }
            summary.diagnostics[d.severity, default: 0] += 1
            diagnosticSeq += 1
            try writer.insertDiagnostic(d, seq: diagnosticSeq)
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

        // Articles, in the single run's order: each shard's rows as it wrote them (``RunReader/articles(run:)``).
        let seen = DigestTable(spillDirectory: options.outDirectory)
        let idsSeen = DigestTable(spillDirectory: options.outDirectory)
        var ordinal = 0
        for (shard, source) in sources.enumerated() {
            try source.forEachArticleRow { row in
                ordinal += 1
                let read = row.record
                // The fields read from the input; the analysis fields come from the payload (none for a duplicate).
                var record = ArticleRecord(ordinal: ordinal, articleID: read.articleID, sourcePath: read.sourcePath, line: read.line,
                                           date: read.date, dateSource: read.dateSource, title: read.title,
                                           datelinePlace: read.datelinePlace, agency: read.agency, contentHash: read.contentHash)
                guard let content = ShardSource.digest(hex: read.contentHash) else {
                    throw ShardError.mismatch("\(source.path): article \(read.ordinal) has a malformed content hash \"\(read.contentHash)\"")
                }
                var idHash = FastHash()
                idHash.update(record.articleID)
                // Repeated ids within a shard were reported by the shard; across shards they are reported here. The
                // index keeps the shard and the ordinal of an id's first article.
                if let earlier = idsSeen.insertIfAbsent(idHash.digest(), value: UInt64(shard) << Self.ordinalBits | UInt64(ordinal)),
                   earlier >> Self.ordinalBits != UInt64(shard) {
                    let place = try writer.articlePlace(ordinal: Int(earlier & (1 << Self.ordinalBits - 1)))
                    try report(Diagnostic(.warning, "duplicate-id", path: record.sourcePath, line: record.line,
                                          "article id \"\(record.articleID)\" was already used at \(place.path):\(place.line); both are kept"))
                }
                var stored: StoredArticle
                if let earlier = seen.insertIfAbsent(content, value: UInt64(ordinal)) {
                    record.duplicateOfOrdinal = Int(earlier)
                    summary.duplicates += 1
                    stored = StoredArticle(record: record, cacheKey: nil, payload: nil)
                } else {
                    // The analysis fields as the shard stored them (the row's columns, or the payload's head).
                    var analysed = read
                    guard let rowStored = row.stored,
                          let facts = row.facts(into: &analysed, date: record.date, period: period.key(for: record.date)) else {
                        throw ShardError.mismatch("\(source.path): article \(read.ordinal) (\(record.sourcePath):\(record.line)) "
                            + "has no readable analysis result")
                    }
                    analysed.ordinal = ordinal
                    record = analysed
                    total.add(facts)
                    // The shard stored what a single run stores for this article: its values pass through.
                    stored = rowStored
                }
                try writer.insertArticle(&record, stored: stored)
                try articleWriter.write(record)
            }
        }
        summary.articles = ordinal
        let unreadable = seen.release() + idsSeen.release()
        if unreadable > 0 {
            try report(Diagnostic(.warning, "duplicate-check", path: options.outDirectory,
                                  "\(unreadable) entries of the duplicate check's temporary file could not be read back; "
                                      + "some duplicates or repeated ids may not be marked"))
        }
        try writer.useFinalStepsCache()
        try writer.indexArticleCache()

        // The corpus tables, by the single run's writer.
        let tables = SummaryTableWriter(countries: resources.gazetteer.countries, regions: resources.regionModel,
                                        minPairArticles: first.info.minPairArticles, articleTotal: total.articles)
        let (summaryFiles, summaryRows) = try tables.write(total, outDirectory: options.outDirectory)
        try writer.insert(summaryRows)
        summary.takeTotals(of: total)
        if total.undated > 0 {
            try report(Diagnostic(.info, "undated", path: "", "\(total.undated) article(s) have no date; they are in the timeline period \"unknown\""))
        }

        var inputs: [RunInput] = []
        for source in sources { inputs += try source.inputs() }
        summary.files = inputs.count
        summary.bytes = inputs.reduce(0) { $0 + $1.bytes }
        summary.inputFingerprint = RunSummary.inputFingerprint(of: inputs.map { ($0.path, $0.bytes, $0.hash) })
        try writer.recordMergedShards(sources)
        try writer.recordInputs(inputs)
        summary.seconds = Clock.monotonic() - started
        try writer.finish(files: articleWriter.files + summaryFiles, summary: summary, total: total)
        outputs = [articleWriter] + summaryFiles
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
            if s.record.optionsHash != first.record.optionsHash { throw differ("options", first.record.optionsJSON, s.record.optionsJSON) }
            if s.record.lexiconChecksum != first.record.lexiconChecksum {
                throw differ("lexicon checksum", first.record.lexiconChecksum, s.record.lexiconChecksum)
            }
            if s.record.gazetteerChecksum != first.record.gazetteerChecksum {
                throw differ("gazetteer checksum", first.record.gazetteerChecksum, s.record.gazetteerChecksum)
            }
            if s.record.toolVersion != first.record.toolVersion { throw differ("geotone version", first.record.toolVersion, s.record.toolVersion) }
            if s.record.methodKey != first.record.methodKey {
                throw differ("data files (method key)", first.record.methodKey ?? "", s.record.methodKey ?? "")
            }
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
