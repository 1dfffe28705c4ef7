import Dispatch
import Synchronization

/// A batch of articles on its way through the pipeline.
// @unchecked: handed from the reading thread to the analysis queue to the writer queue, one stage at a time (the queues order it).
final class ArticleBatch: @unchecked Sendable {
    var articles: [Article] = []
    var records: [ArticleRecord] = []
    /// Cache keys of the articles, by index.
    var cacheKeys: [FastHash.Digest] = []
    /// The stored values of each article row (mentions JSON, cache entry), built by the workers.
    var stored: [StoredArticle?] = []
    /// The CSV rows of each analysed article, formatted by the workers (nil for duplicates: the writer formats those
    /// once it has looked up the earlier article's id).
    var formatted: [ArticleTableWriter.FormattedRows?] = []
    /// Text bytes (title and body) gathered so far.
    var bytes = 0
}

/// The three overlapping stages of a run: the caller reads batch k+2 while the analysis queue hashes,
/// de-duplicates and analyses batch k+1 (with `jobs` workers) and the writer queue writes batch k.
///
/// Batches pass both queues in submission order, so ordinals, duplicate detection and the article tables
/// are the same whatever `jobs` is; workers pull small chunks of a batch dynamically, which is safe for
/// determinism because every accumulator merge is exact. At most `maxBatchesInFlight` batches are
/// queued, so memory stays bounded. All database access during a run happens on the writer queue.
// @unchecked: each group of fields is touched only by its own queue (analysis or writer), as marked below; shared state is Atomic or Mutex.
final class BatchPipeline: @unchecked Sendable {
    /// Batches submitted but not yet written; bounds memory to about this many batches plus the one being read.
    static let maxBatchesInFlight = 2
    /// Articles a worker takes from the shared batch at a time.
    static let chunkArticles = 16

    let jobs: Int
    private let analysisQueue = DispatchQueue(label: "geotone.analysis")
    private let writerQueue = DispatchQueue(label: "geotone.writer")
    private let slots = DispatchSemaphore(value: BatchPipeline.maxBatchesInFlight)
    private let nextChunk = Atomic<Int>(0)
    private let failure = Mutex<(any Error)?>(nil)

    // Analysis-queue state.
    private var workers: [ArticleAnalyzer]
    private var accumulators: [CorpusAccumulator]
    /// Content digest → ordinal of the first article with it (an index of 8–12 bytes per article in memory).
    private let seen: DigestTable
    private var ordinal = 0
    private var hashes: [FastHash.Digest] = []
    private var analyse: [Int] = []
    private(set) var duplicates = 0
    /// Articles whose results were taken from earlier runs.
    private(set) var reused = 0
    private let cache: ArticleCacheLookup
    private let reuseCached: Bool
    private let period: Period
    private(set) var analyseSeconds = 0.0

    // Writer-queue state.
    private let articleWriter: ArticleTableWriter
    /// Another store's cached results, looked up after this store's (`--reuse-from`; set before the first batch).
    var otherStore: ArticleCacheLookup?
    /// A shard run (`--shard I/N`) writes its article rows for the merge but no CSV row and no aggregate: the merge
    /// does both, from those rows (set before the first batch).
    var isShard = false
    private let rows: RunWriter
    private(set) var writeSeconds = 0.0

    /// Main-thread time spent waiting for a free batch slot.
    private(set) var waitSeconds = 0.0

    init(jobs: Int, workers: [ArticleAnalyzer], accumulators: [CorpusAccumulator], articleWriter: ArticleTableWriter,
         rows: RunWriter, cache: ArticleCacheLookup, reuseCached: Bool, period: Period, spillDirectory: String?) {
        self.jobs = jobs
        self.seen = DigestTable(spillDirectory: spillDirectory)
        self.cache = cache
        self.reuseCached = reuseCached && cache.hasEntries
        self.period = period
        self.workers = workers
        self.accumulators = accumulators
        self.articleWriter = articleWriter
        self.rows = rows
    }

    /// The first error a stage hit, if any (the stages skip their work once one is set).
    var error: (any Error)? { failure.withLock { $0 } }

    /// Hands a full batch to the analysis stage; blocks while `maxBatchesInFlight` batches are queued.
    func submit(_ batch: ArticleBatch) {
        let t0 = Clock.monotonic()
        slots.wait()
        waitSeconds += Clock.monotonic() - t0
        analysisQueue.async {
            if self.error == nil { self.process(batch) }
            self.writerQueue.async {
                if self.error == nil { self.write(batch) }
                self.slots.signal()
            }
        }
    }

    /// Queues a diagnostics row insert on the writer (the run's only database thread); a failed insert stops the run.
    func recordDiagnostic(_ diagnostic: Diagnostic, seq: Int) {
        writerQueue.async {
            guard self.error == nil else { return }
            do { try self.rows.insertDiagnostic(diagnostic, seq: seq) } catch { self.fail(error) }
        }
    }

    /// Keeps the first error of any stage.
    private func fail(_ error: any Error) {
        failure.withLock { if $0 == nil { $0 = error } }
    }

    /// Waits until every submitted batch and diagnostic is written; throws the first stage error.
    func drain() throws {
        analysisQueue.sync {}
        writerQueue.sync {}
        if let error { throw error }
    }

    /// The workers' accumulators merged into one, taken out of the pipeline (call once, after `drain()`): the first is
    /// merged into in place and the others are freed, so the merge adds no copy of the dense tables to the peak.
    func takeMergedAccumulator() -> CorpusAccumulator {
        analysisQueue.sync {
            var all = accumulators
            accumulators = []
            var total = all.removeFirst()
            for other in all { total.merge(other) }
            return total
        }
    }

    /// Frees the duplicate index once the last batch is through (call after `drain()`); returns the entries it could
    /// not read back from its spill file (see ``DigestTable``).
    func releaseDuplicateIndex() -> Int {
        analysisQueue.sync { seen.release() }
    }

    private func process(_ batch: ArticleBatch) {
        let t0 = Clock.monotonic()
        let count = batch.articles.count
        // Parallel: content hashes.
        hashes = Array(repeating: FastHash.Digest(high: 0, low: 0), count: count)
        batch.cacheKeys = hashes
        batch.articles.withUnsafeBufferPointer { articles in
            hashes.withUnsafeMutableBufferPointer { out in
            batch.cacheKeys.withUnsafeMutableBufferPointer { keys in
                nonisolated(unsafe) let articles = articles, out = out, keys = keys
                let per = (count + jobs - 1) / jobs
                DispatchQueue.concurrentPerform(iterations: jobs) { slice in
                    var scratch: [UInt8] = []
                    for i in (slice * per)..<min(count, slice * per + per) {
                        out[i] = ContentFingerprint.digest(of: articles[i], scratch: &scratch)
                        keys[i] = ArticleCache.cacheKey(for: articles[i])
                    }
                }
            }
            }
        }
        // Serial: ordinals and duplicates, in input order.
        batch.records.removeAll(keepingCapacity: true)
        batch.records.reserveCapacity(count)
        analyse.removeAll(keepingCapacity: true)
        for (i, article) in batch.articles.enumerated() {
            ordinal += 1
            let hash = hashes[i]
            var record = ArticleRecord(ordinal: ordinal, articleID: article.id, sourcePath: article.sourcePath, line: article.line,
                                       date: article.date, dateSource: article.dateSource.rawValue, title: article.title,
                                       datelinePlace: article.datelinePlace, agency: article.agency, contentHash: hash.hex)
            if let first = seen.insertIfAbsent(hash, value: UInt64(ordinal)) {
                record.duplicateOfOrdinal = Int(first)   // the writer looks its id up in the rows already written
                duplicates += 1
            } else {
                analyse.append(i)
            }
            batch.records.append(record)
        }
        // Serial: earlier results of unchanged articles (incremental runs), looked up by exact content.
        batch.stored = Array(repeating: nil, count: count)
        batch.formatted = Array(repeating: nil, count: count)
        var cached = [(payload: [UInt8], column: [UInt8])?](repeating: nil, count: count)
        if reuseCached || otherStore != nil {
            for i in analyse {
                do {
                    if reuseCached { cached[i] = try cache.lookup(batch.cacheKeys[i]) }
                    if cached[i] == nil, let other = try otherStore?.lookup(batch.cacheKeys[i]) { cached[i] = other }
                } catch { fail(error) }
            }
        }
        let reusedFlags = Mutex(0)
        let period = self.period
        // Parallel: analysis of the non-duplicates (or decoding of their cached results); workers take chunks in turn.
        nextChunk.store(0, ordering: .relaxed)
        let indices = analyse
        let chunk = Self.chunkArticles
        batch.articles.withUnsafeBufferPointer { articles in
            batch.records.withUnsafeMutableBufferPointer { records in
            batch.stored.withUnsafeMutableBufferPointer { stored in
            batch.formatted.withUnsafeMutableBufferPointer { formatted in
                workers.withUnsafeMutableBufferPointer { workerBuffer in
                    accumulators.withUnsafeMutableBufferPointer { accBuffer in
                        nonisolated(unsafe) let articles = articles, records = records, stored = stored, formatted = formatted
                        let keys = batch.cacheKeys
                        nonisolated(unsafe) let workerBuffer = workerBuffer, accBuffer = accBuffer
                        let cached = cached, aggregates = !isShard   // a shard also writes no CSV row
                        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, indices.count))) { w in
                            while true {
                                let lower = self.nextChunk.wrappingAdd(chunk, ordering: .relaxed).oldValue
                                if lower >= indices.count { break }
                                var reusedHere = 0
                                for k in lower..<min(indices.count, lower + chunk) {
                                    let i = indices[k]
                                    if let entry = cached[i], let facts = ArticleCachePayload.decode(
                                        entry.payload, into: &records[i], date: articles[i].date, period: period.key(for: articles[i].date)) {
                                        reusedHere += 1
                                        stored[i] = StoredArticle(record: records[i], cacheKey: keys[i], column: entry.column)
                                        formatted[i] = aggregates ? ArticleTableWriter.format(records[i]) : nil
                                        if aggregates { accBuffer[w].add(facts) }
                                        continue
                                    }
                                    let facts = workerBuffer[w].analyze(articles[i], into: &records[i])
                                    let encoded = ArticleCachePayload.encodeSplit(records[i], facts)
                                    stored[i] = StoredArticle(record: records[i], cacheKey: keys[i], payload: encoded.payload,
                                                              headLength: encoded.headLength)
                                    formatted[i] = aggregates ? ArticleTableWriter.format(records[i]) : nil
                                    if aggregates { accBuffer[w].add(facts) }
                                }
                                if reusedHere > 0 { reusedFlags.withLock { $0 += reusedHere } }
                            }
                        }
                    }
                }
            }
            }
            }
        }
        reused += reusedFlags.withLock { $0 }
        // Duplicates: their rows hold only their mention rows (none); they have no cache entry.
        for i in batch.stored.indices where batch.stored[i] == nil {
            batch.stored[i] = StoredArticle(record: batch.records[i], cacheKey: nil, payload: nil, headLength: 0)
        }
        batch.articles = []
        analyseSeconds += Clock.monotonic() - t0
    }

    private func write(_ batch: ArticleBatch) {
        let t0 = Clock.monotonic()
        do {
            // Appends and steps only: rows, bound values and CSV bytes were prepared by the workers (a duplicate's CSV
            // rows are formatted here, once its earlier article's id is known).
            for i in batch.records.indices {
                try rows.insertArticle(&batch.records[i], stored: batch.stored[i]!)
                if isShard { continue }
                if let formatted = batch.formatted[i] { try articleWriter.append(formatted) } else { try articleWriter.write(batch.records[i]) }
            }
        } catch {
            fail(error)
        }
        batch.records = []
        batch.stored = []
        batch.formatted = []
        batch.cacheKeys = []
        writeSeconds += Clock.monotonic() - t0
    }
}
