import ArgumentParser
import Foundation
import GeoTone

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two runs: per country, country pair and region, the values in each and their change.",
        discussion: """
        A and B are run ids (see `geotone runs`); by default the last two complete runs, with one id given that \
        run and the latest complete one. Writes summary.txt, countries.csv, comentions.csv and regions.csv into \
        --out (default: compare/ next to the store) and prints the summary. The summary says first whether the method changed (options, lexicon, \
        gazetteer or version) or only the data. \
        Exit status: 0 success; 3 the database or a run is missing, or a run did not complete.
        """)

    @Argument(help: "The earlier run (A).")
    var a: Int64?

    @Argument(help: "The later run (B).")
    var b: Int64?

    @Option(name: .long, help: "SQLite result store.")
    var db: String = "out/geotone.sqlite"

    @Option(name: .long, help: "Folder for the comparison files (created if missing; default: compare/ next to the store).")
    var out: String?

    func run() throws {
        do {
            let comparison = try RunComparison(history: RunHistory(path: db), a: a, b: b)
            let writer = ComparisonWriter(comparison)
            let files = try writer.write(to: out ?? StorePaths.beside(db, "compare"))
            print(writer.summaryText(), terminator: "")
            print("\nFiles:\n" + files.map { "  " + $0 }.joined(separator: "\n"))
        } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(3)
        }
    }
}
