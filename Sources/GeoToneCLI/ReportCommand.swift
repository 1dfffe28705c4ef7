import ArgumentParser
import Foundation
import GeoTone

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report of a run (maps, pairs, regions, timeline, changes).",
        discussion: """
        Reads the SQLite result store, so any past run can be reported. The page has no scripts and no external \
        resources: charts are inline SVG, it works offline and prints. By default it reports the newest complete \
        run and compares it with the complete run before it, if there is one.
        Exit status: 0 success; 2 bad options; 3 no such run, or not a geotone database.
        """)

    @Option(name: .long, help: "SQLite result store.")
    var db: String = "out/geotone.sqlite"

    @Option(name: .customLong("run"), help: "Run to report (default: the newest complete run).")
    var runID: Int64?

    @Option(name: .long, help: "Earlier run to compare with (default: the complete run before --run).")
    var compare: Int64?

    @Flag(name: .long, help: "Do not compare with an earlier run.")
    var noCompare = false

    @Option(name: .long, help: "HTML file to write (default: report.html next to the store).")
    var out: String?

    @Option(name: .long, help: "Folder with map/ and gazetteer/ (default: found automatically).")
    var datasets: String?

    func validate() throws {
        if noCompare && compare != nil { throw ValidationError("--compare and --no-compare exclude each other") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            FileHandle.standardError.write(Data("geotone: \(db): no such database (run `geotone analyze` first)\n".utf8))
            throw ExitCode(3)
        }
        let datasetsDirectory = try DatasetLocation.resolve(datasets)
        let out = self.out ?? StorePaths.beside(db, "report.html")
        let comparison: ReportGenerator.Comparison = noCompare ? .none : (compare.map { .run($0) } ?? .previous)
        do {
            let generator = try ReportGenerator(datasetsDirectory: datasetsDirectory)
            let output = try generator.write(databasePath: db, to: out, run: runID, compare: comparison)
            let against = output.comparedWith.map { ", compared with run \($0)" } ?? ""
            print("geotone report: run \(output.runID)\(against) -> \(out)")
        } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(3)
        }
    }
}
