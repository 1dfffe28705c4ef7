import ArgumentParser
import Foundation
import GeoTone

struct CountriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countries",
        abstract: "Read lines of text on stdin; print the country codes found in each (;-joined, sorted; empty when none).")

    @Option(name: .long, help: "Comma-separated mention kinds that count (default: all).")
    var mentionKinds: String?

    @Option(name: .long, help: "Folder with gazetteer/ and text/ (default: found automatically).")
    var datasets: String?

    func run() throws {
        let directory = try DatasetLocation.resolve(datasets)
        let kinds = mentionKinds?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        let detector: LineCountryDetector
        do { detector = try LineCountryDetector(datasetsDirectory: directory, mentionKinds: kinds) } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var output = ""
        while let line = readLine(strippingNewline: true) {
            output += detector.countries(in: line).joined(separator: ";") + "\n"
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
