import ArgumentParser
import Foundation
import GeoTone

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and write CSV tables and a run into the SQLite history.",
        discussion: """
        PATH may be files or folders (read recursively, in sorted order). Inputs: .txt (one wire story per file), \
        .jsonl (one JSON object per line with a "text" field), .csv/.tsv (header row with a text or body column). \
        Outputs in --out: articles.csv, mentions.csv, countries.csv, comentions.csv, regions.csv, timeline.csv, \
        datelines.csv, and the SQLite store (default <out>/geotone.sqlite). Problems with the input are reported \
        as file:line diagnostics; the rest of the batch is still analysed.
        Exit status: 0 success; 1 when --strict and any diagnostic was reported; 2 bad options or data files; \
        3 the run could not be done (missing input, database busy or not a geotone database).
        """)

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .long, help: "Folder for the CSV tables (created if missing).")
    var out: String = "out"

    @Option(name: .long, help: "SQLite result store (default: <out>/geotone.sqlite). Every run is appended.")
    var db: String?

    @Option(name: .long, help: "A label stored with the run (shown by `geotone runs`).")
    var label: String?

    @Option(name: .long, help: "Year for dateline dates written without one (default: the file's modification year).")
    var defaultYear: Int?

    @Option(name: .long, help: "Sentiment lexicon: news (default, VADER with news fixes), vader (the reference), afinn, or a lexicon file.")
    var lexicon: String = "news"

    @Option(name: .long, help: "How a sentence's tone reaches the countries it names: target (default: the sentence's tone, none for a country named as the setting, 'in Iran', or the speaker, 'Russia said') or sentence (every country gets the sentence's tone).")
    var attribution: String = Attribution.target.rawValue

    @Option(name: .long, help: "Comma-separated mention kinds that count in `countries`: all, default, or any of \(MentionKind.list) (default: all). Focus always reads names, abbreviations, demonyms, regions and prefixes.")
    var mentionKinds: String?

    @Option(name: .long, help: "Pairs in fewer articles get no association measures (counts are kept).")
    var minPairArticles: Int = 3

    @Option(name: .long, help: "Timeline period: day, week (ISO) or month.")
    var period: String = "month"

    @Option(name: .long, help: "An extra groups file (TSV: group, name, member, valid_from, valid_to) added to the built-in groups.")
    var groups: String?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Option(name: .long, help: "Longest article analysed, in bytes; longer ones are cut with a diagnostic.")
    var maxArticleBytes: Int = IngestOptions.defaultMaxArticleBytes

    @Option(name: .long, help: "Folder with gazetteer/, lexicons/, text/, ingest/ (default: found automatically).")
    var datasets: String?

    @Flag(name: .long, help: "Exit with status 1 when any diagnostic (warning or error) was reported.")
    var strict = false

    @Flag(name: .long, help: "No progress line and no informational messages.")
    var quiet = false

    @Flag(name: .long, help: "Analyse every article again instead of reusing results of unchanged articles from earlier runs.")
    var full = false

    @Flag(name: .long, help: "Print seconds per stage to stderr as `timing STAGE=SECONDS` lines (used by `make bench`).")
    var timings = false

    func run() throws {
        guard let periodValue = Period(rawValue: period) else {
            throw ValidationError("--period must be day, week or month (got \"\(period)\")")
        }
        guard maxArticleBytes > 0, minPairArticles >= 1 else {
            throw ValidationError("--max-article-bytes and --min-pair-articles must be positive")
        }
        guard let attributionValue = Attribution(rawValue: attribution) else {
            throw ValidationError("--attribution must be target or sentence (got \"\(attribution)\")")
        }
        let datasetsDirectory = try DatasetLocation.resolve(datasets)
        var options = AnalysisOptions(inputs: paths, outDirectory: out, datasetsDirectory: datasetsDirectory,
                                      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        options.databasePath = db
        options.label = label
        options.defaultYear = defaultYear
        options.lexicon = lexicon
        options.attribution = attributionValue
        options.mentionKinds = mentionKinds?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        options.minPairArticles = minPairArticles
        options.period = periodValue
        options.maxArticleBytes = maxArticleBytes
        options.groupsPath = groups
        options.strict = strict
        options.full = full

        let sink = TerminalSink(quiet: quiet)
        let summary: RunSummary
        let analyzer = Analyzer(options: options, sink: sink)
        analyzer.defersCheckpoint = true
        do {
            summary = try analyzer.run()
        } catch let error as ConfigurationError {
            sink.finish()
            FileHandle.standardError.write(Data("geotone: configuration problems:\n\(error)\n".utf8))
            throw ExitCode(2)
        } catch {
            sink.finish()
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(3)
        }
        sink.finish()
        if timings {
            let lines = summary.stageSeconds.keys.sorted().map { "timing \($0)=\(NumberFormatting.fixed(summary.stageSeconds[$0] ?? 0, decimals: 4))\n" }
            FileHandle.standardError.write(Data((lines.joined() + "timing total=\(NumberFormatting.fixed(summary.seconds, decimals: 4))\n").utf8))
        }
        if !quiet { print(SummaryText.render(summary)) }
        // The store copies its write-ahead log into the database file while the report is written (on a connection
        // of its own): the copy is I/O the report does not wait for. Both finish before the command returns.
        nonisolated(unsafe) let finishing = analyzer
        let checkpoint = DispatchGroup()
        DispatchQueue.global().async(group: checkpoint) { finishing.closeStore() }
        defer { checkpoint.wait() }
        // The HTML report of this run (`geotone report` can redo it for any run); a failure here is reported, not fatal.
        do {
            try ReportGenerator(datasetsDirectory: datasetsDirectory)
                .write(databasePath: summary.databasePath, to: out + "/report.html", run: summary.runID)
            if !quiet { print("    \(out)/report.html") }
        } catch {
            FileHandle.standardError.write(Data("geotone: report.html not written: \(error)\n".utf8))
        }
        let problems = (summary.diagnostics[.warning] ?? 0) + (summary.diagnostics[.error] ?? 0)
        if strict && problems > 0 {
            FileHandle.standardError.write(Data("geotone: --strict: \(problems) warning(s)/error(s) reported\n".utf8))
            throw ExitCode(1)
        }
    }
}

enum SummaryText {
    static func render(_ s: RunSummary) -> String {
        let mean = s.meanCompound.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a"
        let diag = s.diagnosticCount == 0 ? "none" :
            [Diagnostic.Severity.error, .warning, .info].compactMap { sev in s.diagnostics[sev].map { "\($0) \(sev.rawValue)" } }.joined(separator: ", ")
        var lines = [
            "geotone run \(s.runID): \(s.articles) articles from \(s.files) files (\(s.duplicates) duplicates, \(s.undated) undated) in \(NumberFormatting.fixed(s.seconds, decimals: 2)) s",
            "  countries mentioned: \(s.countries), country pairs: \(s.pairs), mean sentence compound: \(mean)",
            "  diagnostics: \(diag)",
            "  results:",
        ]
        if let earlier = s.reusedRun {
            lines.insert("  inputs, method and output files unchanged since run \(earlier): its results were taken as they are (--full recomputes)", at: 1)
        } else if s.reused > 0 {
            lines.insert("  unchanged articles reused from earlier runs: \(s.reused) (--full recomputes them)", at: 1)
        }
        lines += s.outputs.map { "    \($0)" }
        lines.append("    \(s.databasePath) (run \(s.runID))")
        return lines.joined(separator: "\n")
    }
}
