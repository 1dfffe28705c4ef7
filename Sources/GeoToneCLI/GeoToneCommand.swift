import ArgumentParser
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
                      ReportCommand.self],
        defaultSubcommand: nil)
}
