import ArgumentParser
import Foundation
import GeoTone

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the shard runs of one corpus (`analyze --shard I/N`) into one run: the seven CSV tables, the run and its report.",
        discussion: """
        Give every shard's store (its --db). They must be shards of one corpus with one method: the same options, \
        data files, geotone version, input list and shard count, every shard once. Duplicates are removed across \
        shards as a single run removes them, and the tables are byte for byte the ones a single run over the same \
        inputs with the same options writes. The merged run keeps every article's result, so a later run or merge \
        into the same store reuses them. See Documentation/ScaleOut.md.
        Exit status: 0 success; 2 the stores are not the complete set of shards of one run (the message says why), \
        or bad options or data files; 3 the merge could not be done (missing store, database busy).
        """)

    @Argument(help: "The shard stores (each shard's --db).")
    var stores: [String]

    @Option(name: .long, help: "Folder for the CSV tables and the report (created if missing).")
    var out: String = "out"

    @Option(name: .long, help: "SQLite result store the merged run is added to (default: <out>/geotone.sqlite).")
    var db: String?

    @Option(name: .long, help: "A label stored with the merged run (shown by `geotone runs`).")
    var label: String?

    @Option(name: .long, help: "Folder with gazetteer/, lexicons/, text/, ingest/ (default: found automatically); the shards' data.")
    var datasets: String?

    @Flag(name: .long, help: "No informational messages.")
    var quiet = false

    func run() throws {
        let datasetsDirectory = try DatasetLocation.resolve(datasets)
        var options = ShardMerger.Options(stores: stores, outDirectory: out, datasetsDirectory: datasetsDirectory)
        options.databasePath = db
        options.label = label
        let interruption = Interruption.cleaning(temporaryFilesIn: [out])
        defer { interruption.cancel() }
        let sink = TerminalSink(quiet: quiet)
        let summary: RunSummary
        do {
            summary = try ShardMerger(options: options, sink: sink).run()
        } catch let error as ShardError {
            sink.finish()
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(2)
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
        if !quiet { print(SummaryText.render(summary)) }
        do {
            try ReportGenerator(datasetsDirectory: datasetsDirectory)
                .write(databasePath: summary.databasePath, to: out + "/report.html", run: summary.runID)
            if !quiet { print("    \(out)/report.html") }
        } catch {
            FileHandle.standardError.write(Data("geotone: report.html not written: \(error)\n".utf8))
        }
    }
}
