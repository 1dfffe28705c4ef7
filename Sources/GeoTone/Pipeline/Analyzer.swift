import Dispatch

/// The front door: runs the whole pipeline for one `analyze` invocation.
///
/// Input is streamed in batches of about `batchBytes`; reading, analysis (`jobs` workers) and writing
/// overlap in a `BatchPipeline`, and batches are written in input order, so outputs do not depend on the
/// number of workers.
/// The run's store rows are written in one transaction and the CSV files renamed into place only at the end.
public final class Analyzer {
    public let options: AnalysisOptions
    let sink: DiagnosticsSink

    /// Text bytes gathered before a batch is analysed.
    public static let batchBytes = 4 << 20
    /// Articles gathered before a batch is analysed, whatever their size.
    public static let batchArticles = 4096

    /// When true, a successful `run()` leaves the store open and its write-ahead log uncopied until `closeStore()`
    /// (see ``run(whileCheckpointing:)``, the public form). When false (the default), the checkpoint runs as the run
    /// commits.
    var defersCheckpoint = false
    /// The store of a completed run whose checkpoint was deferred.
    private var heldStore: ResultStore?

    public init(options: AnalysisOptions, sink: DiagnosticsSink) {
        self.options = options
        self.sink = sink
    }

    /// Copies the write-ahead log of a run whose checkpoint was deferred into the database file and closes the store.
    func closeStore() {
        heldStore?.checkpoint()
        heldStore = nil
    }

    /// Runs the analysis, then calls `follow` with its summary while the store copies the run's write-ahead log into
    /// the database file on another thread (SQLite's checkpoint, about 3 s at 1 GB); returns when both are done.
    /// `follow` may read the new run on a connection of its own (the command-line tool writes the HTML report then).
    /// Throws what ``run()`` throws; `follow` is called only after the run has committed.
    public func run<T>(whileCheckpointing follow: (RunSummary) throws -> T) throws -> (summary: RunSummary, result: T) {
        defersCheckpoint = true
        defer { defersCheckpoint = false }
        let summary = try run()
        // The store is used by the checkpoint thread alone from here on.
        nonisolated(unsafe) let held = heldStore
        heldStore = nil
        let checkpoint = DispatchGroup()
        DispatchQueue.global().async(group: checkpoint) { held?.checkpoint() }
        defer { checkpoint.wait() }
        return (summary, try follow(summary))
    }

    /// Runs the analysis. Throws for problems that stop the run (missing input, bad data files, busy database).
    ///
    /// An error thrown once the run's transaction has begun rolls it back and records the run as `failed`.
    public func run() throws -> RunSummary {
        let started = Clock.monotonic()
        let startedAt = Clock.isoNow()
        let resources = try AnalysisResources(datasetsDirectory: options.datasetsDirectory, lexicon: options.lexicon,
                                              mentionKinds: options.mentionKinds, groupsPath: options.groupsPath,
                                              language: options.language)
        var pendingDiagnostics: [Diagnostic] = []
        let files = try InputCollector(notArticles: resources.notArticles).collect(options.inputs, excluding: [options.outDirectory]) { pendingDiagnostics.append($0) }
        // A shard reads its part of the inputs (whole files and pieces of large ones); a single run reads them all.
        let plan = try options.shard.map { try ShardPlan.make(files: files, shard: $0, encoding: options.encoding) }
        try Directory.create(options.outDirectory)
        StaleTemporaryFiles.remove(in: options.outDirectory)
        let store = try ResultStore(path: options.resolvedDatabasePath, busyTimeoutMilliseconds: options.busyTimeoutMilliseconds)
        let methodJSON = options.methodJSON
        let start = RunStart(label: options.label, startedAt: startedAt, methodJSON: methodJSON, lexiconChecksum: resources.lexicon.checksum,
                             gazetteerChecksum: resources.placesChecksum, toolVersion: GeoToneVersion.string)
        var outputs: [any RunOutputFile] = []
        let summary = try store.write(run: start, deferringCheckpoint: defersCheckpoint) { writer in
            try write(writer, resources: resources, files: files, plan: plan, listing: pendingDiagnostics, started: started,
                      outputs: &outputs)
        }
        if defersCheckpoint { heldStore = store }
        // The run is committed: only now are the CSV files renamed into place (an error here adds no failed row).
        for file in outputs { try file.commit() }
        return summary
    }

    /// Writes the run through `writer` (inside its transaction); `outputs` gets the files to rename once it commits.
    private func write(_ writer: RunWriter, resources: AnalysisResources, files: [InputFile], plan: ShardPlan?,
                       listing pendingDiagnostics: [Diagnostic], started: Double,
                       outputs: inout [any RunOutputFile]) throws -> RunSummary {
        let units = plan?.units ?? files.enumerated().map { ShardUnit(fileIndex: $0, file: $1, piece: nil) }
        let runID = writer.runID
        let methodJSON = options.methodJSON
        let methodKey = ArticleCache.methodKey(
            optionsHash: SHA256.hex(of: methodJSON), lexiconChecksum: resources.lexicon.checksum,
            gazetteerChecksum: resources.placesChecksum, toolVersion: GeoToneVersion.string,
            extraFiles: [options.datasetsDirectory + "/text/abbreviations.txt", options.datasetsDirectory + "/ingest/fields.tsv"])
        let methodID = try writer.setMethodKey(methodKey)
        // Earlier results of unchanged articles are looked up on a second connection by the analysis thread.
        let cache = try ArticleCacheLookup(path: options.resolvedDatabasePath, methodID: methodID,
                                           busyTimeoutMilliseconds: options.busyTimeoutMilliseconds)
        var summary = RunSummary(runID: runID)
        summary.databasePath = options.resolvedDatabasePath
        if let plan {
            try writer.recordShard(ShardStore.ShardInfo(index: plan.shard.index, count: plan.shard.count, partition: plan.fingerprint,
                                             startCut: plan.startCut, endCut: plan.endCut, lexicon: options.lexicon,
                                             mentionKinds: options.mentionKinds, groupsPath: options.groupsPath,
                                             minPairArticles: options.minPairArticles, period: options.period))
        }

        // Same files, same method, outputs still in place: take the earlier run's results.
        if !options.full, plan == nil, let earlier = try UnchangedRun.match(in: writer.store.reader, methodKey: methodKey, files: files,
                                                               outDirectory: options.outDirectory, listing: pendingDiagnostics) {
            try takeResults(of: earlier, writer: writer, files: files, started: started, into: &summary)
            return summary
        }

        let articleWriter = try ArticleTableWriter(outDirectory: options.outDirectory)
        let jobs = max(1, options.jobs)
        let pipeline = BatchPipeline(
            jobs: jobs, workers: (0..<jobs).map { _ in ArticleAnalyzer(resources: resources, period: options.period, attribution: options.attribution) },
            // One accumulator built, copied per worker: the membership index is shared, each tally array copied on
            // its first write.
            accumulators: Array(repeating: CorpusAccumulator(countryCount: resources.gazetteer.countries.count,
                                                             regionModel: resources.regionModel), count: jobs),
            articleWriter: articleWriter, rows: writer,
            cache: cache, reuseCached: !options.full, period: options.period, spillDirectory: options.outDirectory)
        pipeline.isShard = plan != nil
        if let other = options.reuseFrom, !options.full {
            pipeline.otherStore = try ArticleCacheLookup.otherStore(path: other, methodKey: methodKey,
                                                         busyTimeoutMilliseconds: options.busyTimeoutMilliseconds)
        }
        var diagnosticSeq = 0
        func report(_ d: Diagnostic) {
            diagnosticSeq += 1
            summary.diagnostics[d.severity, default: 0] += 1
            pipeline.recordDiagnostic(d, seq: diagnosticSeq)
            sink.report(d)
        }
        pendingDiagnostics.forEach(report)

        let reader = ArticleReader(options: options.ingestOptions(fields: resources.fieldNames), furniture: resources.furniture)
        // Digest of each article id → where it was first seen (file index << 32 | line), 8–12 bytes per article.
        let idsSeen = DigestTable(spillDirectory: options.outDirectory)
        var batch = ArticleBatch()
        func submit() {
            guard !batch.articles.isEmpty else { return }
            summary.articles += batch.articles.count
            pipeline.submit(batch)
            batch = ArticleBatch()
            batch.articles.reserveCapacity(Self.batchArticles)
        }

        let readStarted = Clock.monotonic()
        var fingerprint: [(path: String, bytes: Int, hash: String)] = []
        var inputs: [UnchangedRun.Input] = []
        var bytesDone = 0
        var fieldsUsed: [String: [String]] = [:]
        let bytesTotal = units.reduce(0) { $0 + ($1.piece.map { $0.end - $0.start } ?? $1.file.size) }
        for (index, unit) in units.enumerated() {
            let file = unit.file
            var fileHash = FastHash()
            var fileBytes = 0
            reader.read(file, piece: unit.piece, emit: { article in
                var idHash = FastHash()
                idHash.update(article.id)
                let place = UInt64(index) << 32 | UInt64(UInt32(truncatingIfNeeded: article.line))
                if let first = idsSeen.insertIfAbsent(idHash.digest(), value: place) {
                    let firstPath = units[Int(first >> 32)].file.path, firstLine = Int(first & 0xFFFF_FFFF)
                    report(Diagnostic(.warning, "duplicate-id", path: article.sourcePath, line: article.line,
                                      "article id \"\(article.id)\" was already used at \(firstPath):\(firstLine); both are kept"))
                }
                batch.bytes += article.body.utf8.count + article.title.utf8.count
                batch.articles.append(article)
                if batch.bytes >= Self.batchBytes || batch.articles.count >= Self.batchArticles { submit() }
            }, report: { d in
                // Which fields were read is said once per run for all files read the same way (by the merge, for shards).
                if d.code == "fields-used" && plan == nil { fieldsUsed[d.message, default: []].append(d.path) } else { report(d) }
            }, onBytes: { chunk in
                fileHash.update(chunk)
                fileBytes += chunk.count
            })
            if let error = pipeline.error { try? pipeline.drain(); throw error }
            let unitBytes = unit.piece.map { $0.end - $0.start } ?? file.size
            defer {
                bytesDone += unitBytes
                sink.progress(filesDone: index + 1, filesTotal: units.count, articles: summary.articles + batch.articles.count,
                              bytesDone: bytesDone, bytesTotal: bytesTotal)
            }
            // A file read in pieces by several shards is recorded, whole, by the shard that reads its start.
            if let piece = unit.piece {
                guard piece.start == 0 else { continue }
                let whole = (try? UnchangedRun.contentHash(path: file.path, limit: file.size)) ?? (bytes: fileBytes, hash: "unreadable")
                fingerprint.append((file.path, whole.bytes, whole.hash))
                inputs.append(.init(path: file.path, bytes: whole.bytes, mtime: file.mtime, hash: whole.hash))
                continue
            }
            fingerprint.append((file.path, fileBytes, fileHash.finalize()))
            // The reader may stop early (binary or UTF-16 file, long .txt): the record keeps the whole file's hash.
            let whole = fileBytes == file.size ? (bytes: fileBytes, hash: fingerprint[fingerprint.count - 1].hash)
                : ((try? UnchangedRun.contentHash(path: file.path, limit: file.size)) ?? (bytes: fileBytes, hash: "unreadable"))
            inputs.append(.init(path: file.path, bytes: whole.bytes, mtime: file.mtime, hash: whole.hash))
        }
        submit()
        for message in fieldsUsed.keys.sorted() {
            let paths = fieldsUsed[message]!
            report(Diagnostic(.info, "fields-used", path: paths.count == 1 ? paths[0] : "",
                              paths.count == 1 ? message : "\(message) (\(paths.count) files, first \(paths[0]))"))
        }
        let readSeconds = Clock.monotonic() - readStarted - pipeline.waitSeconds
        try pipeline.drain()
        // Nothing read is a failure: the run is rolled back and recorded as failed, and no table is replaced.
        // (A shard may be empty: a corpus of fewer files than shards.)
        if summary.articles == 0 && plan == nil { throw InputError.nothingToRead(inputs: options.inputs, files: files.count) }
        // Both duplicate indexes (about 10 MB at half a million articles) go before the final steps allocate.
        let unreadable = pipeline.releaseDuplicateIndex() + idsSeen.release()
        try writer.useFinalStepsCache()
        ProcessMemory.releaseFreePages()
        let indexStarted = Clock.monotonic()
        try writer.indexArticleCache()
        let indexSeconds = Clock.monotonic() - indexStarted
        summary.duplicates = pipeline.duplicates
        if unreadable > 0 {
            report(Diagnostic(.warning, "duplicate-check", path: options.outDirectory,
                              "\(unreadable) entries of the duplicate check's temporary file could not be read back; "
                                  + "some duplicates or repeated ids may not be marked"))
        }
        summary.reused = pipeline.reused
        summary.files = units.count
        summary.bytes = bytesDone

        // Merge and write the corpus tables.
        let t2 = Clock.monotonic()
        let total = pipeline.takeMergedAccumulator()
        let tables = SummaryTableWriter(countries: resources.gazetteer.countries, regions: resources.regionModel,
                                        minPairArticles: options.minPairArticles, articleTotal: total.articles)
        // A shard writes no table (its accumulator is empty: the merge aggregates) and no CSV file.
        var summaryFiles: [CSVTableWriter] = []
        if plan == nil {
            let (files, rows) = try tables.write(total, outDirectory: options.outDirectory)
            summaryFiles = files
            try writer.insert(rows)
            summary.tables = rows
        }
        let aggregateSeconds = Clock.monotonic() - t2
        summary.takeTotals(of: total)
        if total.undated > 0 {
            report(Diagnostic(.info, "undated", path: "", "\(total.undated) article(s) have no date; they are in the timeline period \"unknown\""))
        }

        summary.inputFingerprint = RunSummary.inputFingerprint(of: fingerprint)
        summary.seconds = Clock.monotonic() - started
        try pipeline.drain()
        // Busy seconds per stage; read, analyse and write overlap, so they may add up to more than the wall time.
        summary.stageSeconds = ["read": readSeconds, "analyse": pipeline.analyseSeconds, "write": pipeline.writeSeconds + indexSeconds,
                                "aggregate": aggregateSeconds]
        try writer.recordInputs(inputs)
        try writer.finish(files: (plan == nil ? articleWriter.files : []) + summaryFiles, summary: summary, total: total)
        outputs = plan == nil ? [articleWriter] + summaryFiles : []
        summary.outputs = UnchangedRun.outputNames.map { options.outDirectory + "/" + $0 }
        return summary
    }
}
