import ArgumentParser
import Foundation
import GeoTone

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and write CSV tables and a run into the SQLite history.",
        discussion: """
        PATH may be files or folders (read recursively, in sorted order). Inputs, each also compressed as .gz, .bz2, \
        .xz or .zst: .txt (one story per file: headline, dateline, paragraphs), .jsonl/.ndjson (one JSON object per \
        line), .json (an object, an array of objects, or JSON lines), .csv/.tsv (a header row, or --no-header \
        --columns; delimiter , ; tab or | found per file). In folders, other files and README*, LICENSE*, CHANGELOG* \
        are skipped with one line per kind; a file named here that is not an input is an error.
        Fields are found by name in any case (Datasets/ingest/fields.tsv): text from text, body, content, article, \
        article_text, body_text, full_text, story (else description, short_description, summary); title from title, \
        headline, heading; date from date, published, published_at, publish_date, pubDate, datetime, timestamp, \
        created_at; also id, url/link, source, dateline, language. --text-field etc. name them (dotted paths reach \
        into nested JSON). Dates: ISO 8601, RFC 2822, March 5, 2024, 5 March 2024, 05-MAR-2024 15:01:01, \
        2024/03/05, epoch seconds/ms; --date-format for others. Wire datelines (WASHINGTON (Reuters) -, \
        COMMACK, N.Y., Feb 26 -, Astana, Feb 28 (EFE).-) are read at the opening of every text. Encodings: UTF-8, \
        UTF-16 with BOM, Windows-1252 when not UTF-8 (--encoding forces one).
        Outputs in --out: articles.csv, mentions.csv, countries.csv, comentions.csv, regions.csv, timeline.csv, \
        datelines.csv, and the SQLite store (default <out>/geotone.sqlite). Problems with the input are reported \
        as file:line diagnostics; the rest of the batch is still analysed.
        A corpus can be analysed in pieces on several machines: --shard I/N (or auto, in a Slurm job array or a \
        Kubernetes Indexed Job) reads shard I of N into its own --db, and `geotone merge` makes them one run \
        (Documentation/ScaleOut.md).
        Exit status: 0 success; 1 when --strict and any diagnostic was reported; 2 bad options or data files; \
        3 the run could not be done (missing input, nothing readable, database busy or not a geotone database); \
        a failed run replaces none of the earlier files in --out.
        """)

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .long, help: "Folder for the CSV tables (created if missing).")
    var out: String = "out"

    @Option(name: .long, help: "SQLite result store (default: <out>/geotone.sqlite). Every run is appended.")
    var db: String?

    @Option(name: .long, help: "A label stored with the run (shown by `geotone runs`).")
    var label: String?

    @Option(name: .long, help: "Year for dateline dates written without one (otherwise such dates are left out; see --date-from-file-time).")
    var defaultYear: Int?

    @Flag(name: .long, help: "Dateline dates without a year take the year of the file's modification time (never done otherwise).")
    var dateFromFileTime = false

    @Option(name: .long, help: "Encoding of every input: utf-8, windows-1252, latin-1 or utf-16 (default: UTF-8, UTF-16 with a byte-order mark, Windows-1252 for files that are not UTF-8).")
    var encoding: String?

    @Option(name: .long, help: "strptime-style format for dates in no recognised form, e.g. %d/%m/%Y (day-first) or \"%d.%m.%Y %H:%M\".")
    var dateFormat: String?

    @Option(name: .long, help: "UTC offset whose calendar dates datetimes get, e.g. +05:30 or -0800 (default: UTC).")
    var timezone: String?

    @Option(name: .long, help: "JSON key(s) or CSV column(s) holding the text; several (comma-separated) are joined, e.g. title,description.")
    var textField: String?

    @Option(name: .long, help: "JSON key or CSV column holding the title (default: title, headline, heading).")
    var titleField: String?

    @Option(name: .long, help: "JSON key or CSV column holding the date (default: date, published, pubDate, … see README).")
    var dateField: String?

    @Option(name: .long, help: "JSON key or CSV column holding the article id (default: id, article_id, guid).")
    var idField: String?

    @Option(name: .long, help: "JSON key or CSV column holding the URL (default: url, link).")
    var urlField: String?

    @Option(name: .long, help: "JSON key or CSV column holding the source or publisher (default: source, publisher, source_name).")
    var sourceField: String?

    @Option(name: .long, help: "CSV delimiter: , ; | or tab (default: found from the first line of each file).")
    var delimiter: String?

    @Flag(name: .long, help: "CSV files have no header row: name the columns with --columns.")
    var noHeader = false

    @Option(name: .long, help: "Column names of header-less CSV files, e.g. label,title,text (with --no-header).")
    var columns: String?

    @Option(name: .long, help: "Sentiment lexicon: news (default, VADER with news fixes), vader (the reference), afinn, or a lexicon file.")
    var lexicon: String = "news"

    @Option(name: .long, help: "How a sentence's tone reaches the countries it names: target (default: the sentence's tone, none for a country named as the setting, 'in Iran', or the speaker, 'Russia said') or sentence (every country gets the sentence's tone).")
    var attribution: String = Attribution.target.rawValue

    @Option(name: .long, help: "Comma-separated mention kinds that count in `countries`: all, default, or any of \(MentionKind.list) (default: all). Focus always reads names, abbreviations, demonyms, regions and prefixes.")
    var mentionKinds: String?

    @Option(name: .long, help: "Language of every article, an ISO 639-1 code: \(Language.list) (default: detected per article; `language` column of articles.csv).")
    var language: String?

    @Option(name: .long, help: "Pairs in fewer articles get no association measures (counts are kept); Documentation/Detection.md.")
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

    @Option(name: .long, help: "Analyse only shard I (0-based) of N of the inputs, into its own --db, for `geotone merge` (Documentation/ScaleOut.md); auto: from a Slurm job array or a Kubernetes Indexed Job (with --shards).")
    var shard: String?

    @Option(name: .long, help: "The number of shards, with --shard auto in a Kubernetes Indexed Job (its completions).")
    var shards: Int?

    @Option(name: .long, help: "Also reuse the results of unchanged articles kept in this store (read-only; e.g. the merged store of an earlier sharded run). It must not be written meanwhile.")
    var reuseFrom: String?

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
        if noHeader != (columns != nil) {
            throw ValidationError("--no-header and --columns go together: --no-header --columns label,title,text")
        }
        var delimiterByte: UInt8?
        if let delimiter {
            switch delimiter {
            case "tab", "\\t", "\t": delimiterByte = 0x09
            case ",", ";", "|": delimiterByte = delimiter.utf8.first
            default: throw ValidationError("--delimiter must be one of , ; | tab (got \"\(delimiter)\")")
            }
        }
        func list(_ value: String?) -> [String]? {
            value.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        }
        var fieldOverrides: [FieldNames.Role: [String]] = [:]
        for (role, value, option) in [(FieldNames.Role.text, textField, "--text-field"), (.title, titleField, "--title-field"),
                                      (.date, dateField, "--date-field"), (.id, idField, "--id-field"),
                                      (.url, urlField, "--url-field"), (.source, sourceField, "--source-field")] {
            guard let names = list(value) else { continue }
            if names.isEmpty { throw ValidationError("\(option) needs a field name") }
            if role != .text && names.count > 1 { throw ValidationError("\(option) takes one name (only --text-field joins several)") }
            fieldOverrides[role] = names
        }
        var format: DateFormat?
        if let dateFormat {
            guard let parsed = DateFormat(dateFormat) else {
                throw ValidationError("--date-format: unknown directive in \"\(dateFormat)\" (known: %Y %y %m %d %e %b %B %a %H %I %M %S %p %f %z %Z %F %T %D %%)")
            }
            format = parsed
        }
        var textEncoding: TextEncoding?
        if let encoding {
            guard let named = TextEncoding(name: encoding) else {
                throw ValidationError("--encoding must be utf-8, windows-1252, latin-1 or utf-16 (got \"\(encoding)\")")
            }
            textEncoding = named
        }
        var zoneOffset: Int?
        if let timezone {
            guard let offset = DateText.offset(timezone) else {
                throw ValidationError("--timezone must be a UTC offset such as +05:30, -0800 or UTC (got \"\(timezone)\")")
            }
            zoneOffset = offset
        }
        var shardSpec: ShardSpec?
        if shard != nil && db == nil {
            throw ValidationError("--shard needs --db: every shard writes its own store, which `geotone merge` reads")
        }
        if let shard {
            do {
                shardSpec = shard == "auto" ? try ShardSpec.fromEnvironment(ProcessInfo.processInfo.environment, shards: shards)
                    : try ShardSpec.parse(shard)
            } catch { throw ValidationError("\(error)") }
            if shard != "auto", let shards, shards != shardSpec?.count {
                throw ValidationError("--shards \(shards) disagrees with --shard \(shard)")
            }
        } else if shards != nil {
            throw ValidationError("--shards goes with --shard auto")
        }
        let datasetsDirectory = try DatasetLocation.resolve(datasets)
        var options = AnalysisOptions(inputs: paths, outDirectory: out, datasetsDirectory: datasetsDirectory,
                                      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        options.databasePath = db
        options.label = label
        options.defaultYear = defaultYear
        options.lexicon = lexicon
        options.attribution = attributionValue
        options.language = language
        options.mentionKinds = mentionKinds?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        options.minPairArticles = minPairArticles
        options.period = periodValue
        options.maxArticleBytes = maxArticleBytes
        options.groupsPath = groups
        options.fieldOverrides = fieldOverrides
        options.delimiter = delimiterByte
        options.columns = list(columns)
        options.dateFromFileTime = dateFromFileTime
        options.dateFormat = format
        options.encoding = textEncoding
        options.timeZoneOffset = zoneOffset
        options.strict = strict
        options.full = full
        options.shard = shardSpec
        options.reuseFrom = reuseFrom

        // Ctrl-C or a kill: the unfinished tables' temporary files go, the earlier tables stay (like any failed run).
        let interruption = Interruption.cleaning(temporaryFilesIn: [out])
        defer { interruption.cancel() }
        let sink = TerminalSink(quiet: quiet)
        let summary: RunSummary
        do {
            // The store copies its write-ahead log into the database file while the summary and the report are
            // written (the report on a connection of its own): I/O the report does not wait for.
            summary = try Analyzer(options: options, sink: sink).run(whileCheckpointing: { summary in
                sink.finish()
                report(summary, datasetsDirectory: datasetsDirectory, isShard: shardSpec != nil)
            }).summary
        } catch let error as ConfigurationError {
            sink.finish()
            FileHandle.standardError.write(Data("geotone: configuration problems:\n\(error)\n".utf8))
            throw ExitCode(2)
        } catch {
            sink.finish()
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(3)
        }
        let problems = (summary.diagnostics[.warning] ?? 0) + (summary.diagnostics[.error] ?? 0)
        if strict && problems > 0 {
            FileHandle.standardError.write(Data("geotone: --strict: \(problems) warning(s)/error(s) reported\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Prints the timings and summary of a committed run and writes its HTML report (`geotone report` can redo it
    /// for any run); a failure here is reported, not fatal.
    private func report(_ summary: RunSummary, datasetsDirectory: String, isShard: Bool) {
        if timings {
            let lines = summary.stageSeconds.keys.sorted().map { "timing \($0)=\(NumberFormatting.fixed(summary.stageSeconds[$0] ?? 0, decimals: 4))\n" }
            FileHandle.standardError.write(Data((lines.joined() + "timing total=\(NumberFormatting.fixed(summary.seconds, decimals: 4))\n").utf8))
        }
        if !quiet { print(SummaryText.render(summary)) }
        // The HTML report of this run (`geotone report` can redo it for any run); a failure here is reported, not fatal.
        // A shard has no tables to report: `geotone merge` writes the report of the whole run.
        guard !isShard else { return }
        do {
            try ReportGenerator(datasetsDirectory: datasetsDirectory)
                .write(databasePath: summary.databasePath, to: out + "/report.html", run: summary.runID, tables: summary.tables)
            if !quiet { print("    \(out)/report.html") }
        } catch {
            FileHandle.standardError.write(Data("geotone: report.html not written: \(error)\n".utf8))
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
