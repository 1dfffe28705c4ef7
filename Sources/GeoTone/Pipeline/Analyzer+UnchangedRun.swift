extension Analyzer {
    /// Completes the run of `writer` with the results of the unchanged run `earlier` (see ``UnchangedRun``): copies
    /// its tables, reports its diagnostics again, and fills `summary` from its record.
    func takeResults(of earlier: Int64, writer: RunWriter, files: [InputFile], started: Double,
                     into summary: inout RunSummary) throws {
        let t0 = Clock.monotonic()
        for d in try writer.copyResults(of: earlier) {
            summary.diagnostics[d.severity, default: 0] += 1
            sink.report(d)
        }
        let reader = writer.store.reader
        guard let run = try reader.run(writer.runID) else {
            throw ResultStoreError.inconsistent(path: reader.path, what: "run \(writer.runID) missing while it is written")
        }
        summary.files = run.files ?? 0
        summary.articles = run.articles ?? 0
        summary.duplicates = run.duplicates ?? 0
        summary.undated = run.undated ?? 0
        summary.countries = run.countries ?? 0
        summary.meanCompound = run.meanCompound
        summary.inputFingerprint = run.inputFingerprint ?? ""
        summary.pairs = try reader.pairCount(run: writer.runID)
        summary.reused = summary.articles - summary.duplicates
        summary.reusedRun = earlier
        summary.bytes = files.reduce(0) { $0 + $1.size }
        summary.seconds = Clock.monotonic() - started
        summary.stageSeconds = ["verify and copy": Clock.monotonic() - t0]
        summary.outputs = UnchangedRun.outputNames.map { options.outDirectory + "/" + $0 }
        try writer.completeReused(durationSeconds: summary.seconds)
    }
}
