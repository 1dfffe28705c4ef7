extension RunTotals {
    /// The totals a finished run records: those of `summary`, with the date range of `total`.
    init(summary: RunSummary, total: CorpusAccumulator) {
        self.init()
        inputFingerprint = summary.inputFingerprint
        files = summary.files
        articles = summary.articles
        duplicates = summary.duplicates
        undated = summary.undated
        diagnostics = summary.diagnosticCount
        countries = summary.countries
        meanCompound = summary.meanCompound
        durationSeconds = summary.seconds
        firstDate = total.firstDate
        lastDate = total.lastDate
    }
}
