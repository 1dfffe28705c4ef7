import Dispatch

/// The front door: runs the whole pipeline for one `analyze` invocation.
///
/// Input is streamed in batches of about `batchBytes`; each batch is analysed by `jobs` workers on
/// contiguous slices, then written in input order, so outputs do not depend on the number of workers.
/// The run's store rows are written in one transaction and the CSV files renamed into place only at the end.
public final class Analyzer {
    public let options: AnalysisOptions
    let sink: DiagnosticsSink

    /// Text bytes gathered before a batch is analysed.
    public static let batchBytes = 4 << 20
    /// Articles gathered before a batch is analysed, whatever their size.
    public static let batchArticles = 4096

    public init(options: AnalysisOptions, sink: DiagnosticsSink) {
        self.options = options
        self.sink = sink
    }

    /// Runs the analysis. Throws for problems that stop the run (missing input, bad data files, busy database).
    ///
    /// An error thrown once the run's transaction has begun rolls it back and records the run as `failed`.
    public func run() throws -> RunSummary {
        var failure: (FailedRun, SQLiteDatabase)?
        do { return try run(failure: &failure) } catch {
            if let (failed, db) = failure { _ = try? failed.record(in: db, message: "\(error)") }
            throw error
        }
    }

    private func run(failure: inout (FailedRun, SQLiteDatabase)?) throws -> RunSummary {
        let started = Clock.monotonic()
        let startedAt = Clock.isoNow()
        let resources = try AnalysisResources(datasetsDirectory: options.datasetsDirectory, lexicon: options.lexicon,
                                              mentionKinds: options.mentionKinds, groupsPath: options.groupsPath)
        var pendingDiagnostics: [Diagnostic] = []
        let files = try InputCollector().collect(options.inputs) { pendingDiagnostics.append($0) }
        try Directory.create(options.outDirectory)
        StaleTemporaryFiles.remove(in: options.outDirectory)
        let store = try ResultStore(path: options.resolvedDatabasePath, busyTimeoutMilliseconds: options.busyTimeoutMilliseconds)
        let db = store.database
        do { try db.execute("BEGIN IMMEDIATE") } catch let e as SQLiteError where e.isBusy {
            throw ResultStoreError.busy(options.resolvedDatabasePath)
        }
        var committed = false
        defer { if !committed { try? db.execute("ROLLBACK") } }

        let methodJSON = options.methodJSON
        try db.run("""
            INSERT INTO runs(label, started_at, status, tool_version, options_json, options_hash, lexicon_checksum, gazetteer_checksum)
            VALUES (?, ?, 'running', ?, ?, ?, ?, ?)
            """, [options.label.map { .text($0) } ?? .null, .text(startedAt), .text(GeoToneVersion.string), .text(methodJSON),
                  .text(SHA256.hex(of: methodJSON)), .text(resources.lexicon.checksum), .text(resources.placesChecksum)])
        let runID = db.lastInsertRowID
        failure = (FailedRun(label: options.label, startedAt: startedAt, methodJSON: methodJSON, lexiconChecksum: resources.lexicon.checksum,
                             gazetteerChecksum: resources.gazetteer.checksum, toolVersion: GeoToneVersion.string), db)
        let cache = try ArticleCache(store: store, runID: runID, methodKey: ArticleCache.methodKey(
            optionsHash: SHA256.hex(of: methodJSON), lexiconChecksum: resources.lexicon.checksum,
            gazetteerChecksum: resources.gazetteer.checksum, toolVersion: GeoToneVersion.string,
            extraFiles: [options.datasetsDirectory + "/text/abbreviations.txt"]))
        var summary = RunSummary(runID: runID)
        summary.databasePath = options.resolvedDatabasePath

        let insertDiagnostic = try db.prepare("INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?)")
        var diagnosticSeq = 0
        func report(_ d: Diagnostic) {
            diagnosticSeq += 1
            summary.diagnostics[d.severity, default: 0] += 1
            try? insertDiagnostic.execute([.integer(runID), .integer(Int64(diagnosticSeq)), .text(d.severity.rawValue), .text(d.code),
                                           .text(d.path), .integer(Int64(d.line)), .text(d.message)])
            sink.report(d)
        }
        pendingDiagnostics.forEach(report)

        let articleWriter = try ArticleTableWriter(outDirectory: options.outDirectory, store: store, runID: runID)
        let jobs = max(1, options.jobs)
        var workers = (0..<jobs).map { _ in ArticleAnalyzer(resources: resources, period: options.period) }
        var accumulators = (0..<jobs).map { _ in
            CorpusAccumulator(countryCount: resources.gazetteer.countries.count, regionModel: resources.regionModel)
        }
        let reader = ArticleReader(options: IngestOptions(defaultYear: options.defaultYear, maxArticleBytes: options.maxArticleBytes),
                                   furniture: resources.furniture)

        var batch: [Article] = []
        var records: [ArticleRecord] = []
        var batchBytes = 0
        var seen: [String: String] = [:]     // content hash → first article id
        var idsSeen: [String: (path: String, line: Int)] = [:]   // article id → where it was first seen
        var ordinal = 0
        var analyseSeconds = 0.0, writeSeconds = 0.0

        func flush() throws {
            guard !batch.isEmpty else { return }
            // Serial: ids, hashes, duplicates, in input order.
            records.removeAll(keepingCapacity: true)
            var analyse: [Int] = []
            for article in batch {
                ordinal += 1
                if let first = idsSeen[article.id] {
                    report(Diagnostic(.warning, "duplicate-id", path: article.sourcePath, line: article.line,
                                      "article id \"\(article.id)\" was already used at \(first.path):\(first.line); both are kept"))
                } else {
                    idsSeen[article.id] = (article.sourcePath, article.line)
                }
                let hash = ContentFingerprint.of(article)
                var record = ArticleRecord(ordinal: ordinal, articleID: article.id, sourcePath: article.sourcePath, line: article.line,
                                           date: article.date, dateSource: article.dateSource.rawValue, title: article.title,
                                           datelinePlace: article.datelinePlace, agency: article.agency, contentHash: hash)
                if let first = seen[hash] {
                    record.duplicateOf = first
                    summary.duplicates += 1
                } else {
                    seen[hash] = article.id
                    analyse.append(records.count)
                }
                records.append(record)
            }
            // Serial: earlier results of unchanged articles (incremental runs), looked up by exact content.
            var cacheKeys = [String](repeating: "", count: records.count)
            var cached = [String?](repeating: nil, count: records.count)
            var fresh = [String?](repeating: nil, count: records.count)
            for i in analyse {
                cacheKeys[i] = ArticleCache.cacheKey(for: batch[i])
                if !options.full { cached[i] = try cache.lookup(cacheKeys[i]) }
            }
            var reusedFlags = [Bool](repeating: false, count: records.count)
            let period = options.period
            // Parallel: analysis of the non-duplicates (or decoding of their cached results), contiguous slices per worker.
            let t0 = Clock.monotonic()
            let sliceCount = min(jobs, analyse.count)
            if sliceCount > 0 {
                let perSlice = (analyse.count + sliceCount - 1) / sliceCount
                batch.withUnsafeBufferPointer { articles in
                    records.withUnsafeMutableBufferPointer { recordBuffer in
                        workers.withUnsafeMutableBufferPointer { workerBuffer in
                            accumulators.withUnsafeMutableBufferPointer { accBuffer in
                                nonisolated(unsafe) let articles = articles, recordBuffer = recordBuffer
                                nonisolated(unsafe) let workerBuffer = workerBuffer, accBuffer = accBuffer
                                let indices = analyse, cached = cached
                                fresh.withUnsafeMutableBufferPointer { freshBuffer in
                                reusedFlags.withUnsafeMutableBufferPointer { reusedBuffer in
                                nonisolated(unsafe) let freshBuffer = freshBuffer, reusedBuffer = reusedBuffer
                                DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
                                    let lower = slice * perSlice, upper = min(indices.count, lower + perSlice)
                                    guard lower < upper else { return }
                                    for k in lower..<upper {
                                        let i = indices[k]
                                        if let payload = cached[i], let facts = ArticleCachePayload.decode(
                                            payload, into: &recordBuffer[i], date: articles[i].date, period: period.key(for: articles[i].date)) {
                                            reusedBuffer[i] = true
                                            accBuffer[slice].add(facts)
                                            continue
                                        }
                                        let facts = workerBuffer[slice].analyze(articles[i], into: &recordBuffer[i])
                                        freshBuffer[i] = ArticleCachePayload.encode(recordBuffer[i], facts)
                                        accBuffer[slice].add(facts)
                                    }
                                }
                                }
                                }
                            }
                        }
                    }
                }
            }
            let t1 = Clock.monotonic()
            analyseSeconds += t1 - t0
            summary.reused += reusedFlags.filter { $0 }.count
            for i in analyse { if let payload = fresh[i] { try cache.store(cacheKeys[i], payload: payload) } }
            for record in records { try articleWriter.write(record) }
            writeSeconds += Clock.monotonic() - t1
            summary.articles += records.count
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }

        var fingerprint: [(path: String, size: Int, hash: String)] = []
        var bytesDone = 0
        let bytesTotal = files.reduce(0) { $0 + $1.size }
        var flushError: Error?
        for (index, file) in files.enumerated() {
            var fileHash = FastHash()
            var fileBytes = 0
            reader.read(file, emit: { article in
                batch.append(article)
                batchBytes += article.body.utf8.count + article.title.utf8.count
                if flushError == nil && (batchBytes >= Self.batchBytes || batch.count >= Self.batchArticles) {
                    do { try flush() } catch { flushError = error }
                }
            }, report: report, onBytes: { chunk in
                fileHash.update(chunk)
                fileBytes += chunk.count
            })
            if let flushError { throw flushError }
            fingerprint.append((file.path, fileBytes, fileHash.finalize()))
            bytesDone += file.size
            sink.progress(filesDone: index + 1, filesTotal: files.count, articles: summary.articles + batch.count,
                          bytesDone: bytesDone, bytesTotal: bytesTotal)
        }
        try flush()
        summary.files = files.count
        summary.bytes = bytesDone
        if files.isEmpty {
            report(Diagnostic(.warning, "no-inputs", path: "", "no .txt, .jsonl, .csv or .tsv files found in: \(options.inputs.joined(separator: ", "))"))
        }

        // Merge and write the corpus tables.
        let t2 = Clock.monotonic()
        var total = accumulators[0]
        for other in accumulators.dropFirst() { total.merge(other) }
        let countryInfo = resources.gazetteer.countries.map {
            CountryInfo(code: $0.alpha2, iso3: $0.alpha3, name: $0.name, continent: $0.continent, subregion: $0.subregion)
        }
        let tables = SummaryTableWriter(countries: countryInfo, regions: resources.regionModel,
                                        minPairArticles: options.minPairArticles, articleTotal: total.articles)
        let summaryFiles = try tables.write(total, outDirectory: options.outDirectory, store: store, runID: runID)
        let aggregateSeconds = Clock.monotonic() - t2
        summary.undated = total.undated
        summary.countries = total.countries.filter { $0.articles > 0 }.count
        summary.pairs = total.pairs.count
        var sentenceTally = Tally()
        for t in total.countries { sentenceTally += t }
        summary.meanCompound = sentenceTally.meanCompound
        if total.undated > 0 {
            report(Diagnostic(.info, "undated", path: "", "\(total.undated) article(s) have no date; they are in the timeline period \"unknown\""))
        }

        fingerprint.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var fingerprintHash = FastHash()
        for entry in fingerprint { fingerprintHash.update("\(entry.path)\u{0}\(entry.size)\u{0}\(entry.hash)\n") }
        summary.inputFingerprint = fingerprintHash.finalize()
        summary.seconds = Clock.monotonic() - started
        summary.stageSeconds = ["analyse": analyseSeconds, "aggregate": aggregateSeconds, "write": writeSeconds,
                                "read": max(0, summary.seconds - analyseSeconds - aggregateSeconds - writeSeconds)]
        try db.run("""
            UPDATE runs SET finished_at = ?, status = 'complete', input_fingerprint = ?, files = ?, articles = ?, duplicates = ?,
                undated = ?, diagnostics = ?, countries = ?, mean_compound = ?, duration_seconds = ? WHERE id = ?
            """, [.text(Clock.isoNow()), .text(summary.inputFingerprint), .integer(Int64(summary.files)),
                  .integer(Int64(summary.articles)), .integer(Int64(summary.duplicates)), .integer(Int64(summary.undated)),
                  .integer(Int64(summary.diagnosticCount)), .integer(Int64(summary.countries)),
                  summary.meanCompound.map { .real($0) } ?? .null, .real(summary.seconds), .integer(runID)])
        try db.execute("COMMIT")
        committed = true
        failure = nil   // the run is complete; a later error (renaming a CSV) must not add a failed row
        try articleWriter.commit()
        for file in summaryFiles { try file.commit() }
        summary.outputs = ["articles.csv", "mentions.csv", "countries.csv", "comentions.csv", "regions.csv", "timeline.csv",
                           "datelines.csv"].map { options.outDirectory + "/" + $0 }
        return summary
    }
}
