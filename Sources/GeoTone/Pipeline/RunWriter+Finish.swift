extension RunWriter {
    /// The last step of a run that wrote tables (`analyze`, `merge`): records `files` (finished here) as the run's
    /// outputs, then completes the run with the totals of `summary` and the date range of `total`.
    func finish(files: [CSVTableWriter], summary: RunSummary, total: CorpusAccumulator) throws {
        var recorded: [RunOutput] = []
        for file in files {
            let (bytes, hash) = try file.finish()
            recorded.append(RunOutput(name: String(file.path.split(separator: "/").last ?? ""), bytes: bytes, hash: hash))
        }
        try recordOutputs(recorded)
        try complete(RunTotals(summary: summary, total: total))
    }
}
