import ArgumentParser
import Foundation
import GeoTone

@main
struct GeoToneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geotone",
        abstract: "Which countries the news talks about, together, and in what tone.",
        discussion: """
        Reads news articles (.txt stories, .jsonl, .json, .csv/.tsv, also compressed), finds the countries each one mentions, counts \
        countries mentioned together, scores sentiment per sentence, and writes CSV tables plus an SQLite history \
        of every run. Start with `geotone analyze Datasets/articles --out out`.
        """,
        version: GeoToneVersion.string,
        subcommands: [AnalyzeCommand.self, CountriesCommand.self, ScoreCommand.self, RunsCommand.self, CompareCommand.self,
                      ReportCommand.self, MergeCommand.self],
        defaultSubcommand: nil)

    /// Runs the command; bad options exit with status 2, as every command's help says (argument-parser's own
    /// status for them is 64).
    static func main() {
        ProcessMemory.configureForBatchJob()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
