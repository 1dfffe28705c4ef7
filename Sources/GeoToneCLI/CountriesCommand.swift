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

    func run() throws {
        let directory = try DatasetLocation.resolve(datasets)
        let kinds = mentionKinds.map { [$0] }
        var analyzer: SingleArticleAnalyzer
        do {
            analyzer = SingleArticleAnalyzer(resources: try AnalysisResources(datasetsDirectory: directory, lexicon: "news",
                                                                              mentionKinds: kinds, language: language))
        } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var output = ""
        while let line = readLine(strippingNewline: true) {
            output += analyzer.analyze(body: line).countries.joined(separator: ";") + "\n"
            if output.utf8.count > 1 << 16 { print(output, terminator: ""); output = "" }
        }
        print(output, terminator: "")
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

    func run() throws {
        let directory = try DatasetLocation.resolve(datasets)
        let scorer: LineSentimentScorer
        do { scorer = try LineSentimentScorer(datasetsDirectory: directory, lexicon: lexicon) } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var output = ""
        while let line = readLine(strippingNewline: true) {
            output += scorer.formattedScores(line) + "\n"
            if output.utf8.count > 1 << 16 { print(output, terminator: ""); output = "" }
        }
        print(output, terminator: "")
    }
}
