import ArgumentParser
import Foundation
import GeoTone

struct CountriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countries",
        abstract: "Read lines of text on stdin; print the country codes found in each (;-joined, sorted; empty when none).",
        discussion: """
            Each line is analysed as the body of one article by the same code as `geotone analyze`, and the line \
            printed is that article's `countries` column of articles.csv: every country the text refers to.
            """)

    @Option(name: .long, help: "Comma-separated mention kinds that count: all, default, or any of \(MentionKind.list) (default: all).")
    var mentionKinds: String?

    @Option(name: .long, help: "Language of every line, an ISO 639-1 code: \(Language.list) (default: detected per line).")
    var language: String?

    @Option(name: .long, help: "Folder with gazetteer/ and text/ (default: found automatically).")
    var datasets: String?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let directory = try DatasetLocation.resolve(datasets)
        let kinds = mentionKinds.map { [$0] }
        let resources: AnalysisResources
        do {
            resources = try AnalysisResources(datasetsDirectory: directory, lexicon: "news", mentionKinds: kinds,
                                              language: language, sentiment: false)
        } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(2)
        }
        do {
            try SingleArticleAnalyzer.countryLines(resources: resources, input: 0, output: 1,
                                                   jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Read one text per line on stdin; print `neg<TAB>neu<TAB>pos<TAB>compound` per line, rounded as VADER rounds.")

    @Option(name: .long, help: "news (default), vader (the reference VADER 3.3.2), afinn, or a lexicon file.")
    var lexicon: String = "news"

    @Option(name: .long, help: "Folder with lexicons/ (default: found automatically).")
    var datasets: String?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let directory = try DatasetLocation.resolve(datasets)
        let scorer: LineSentimentScorer
        do { scorer = try LineSentimentScorer(datasetsDirectory: directory, lexicon: lexicon) } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(2)
        }
        do {
            try scorer.scoreLines(input: 0, output: 1, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
