import Foundation
import Testing
import GeoTone

/// Everyday use: exit status of bad options, `--out` naming a file, and where `runs`, `compare` and `report` look
/// and write when the store is not in `./out`.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct EverydayUseTests {
    typealias S = CLITestSupport

    @Test(arguments: [["analyze", "x.txt", "--bogus"], ["analyze", "x.txt", "--delimiter", "x"], ["runs", "--nope"],
                      ["analyze", "x.txt", "--no-header"]])
    func badOptionsExitTwo(_ arguments: [String]) throws {
        let dir = S.makeTemporaryDirectory("badopt")
        let outcome = try S.run(arguments, in: dir, measureMemory: false)
        #expect(outcome.status == 2, "stderr:\n\(outcome.stderr)")
        #expect(outcome.stderr.contains("Error:"))
    }

    /// Issue 21: the language is detected per article and written last in articles.csv; `--language` reads every
    /// article in one language; an unknown code is a usage error; other languages have no tone.
    @Test func languageIsDetectedOrGiven() throws {
        let dir = S.makeTemporaryDirectory("language")
        S.write("Acuerdo\n\nMADRID, 3 mar (EFE).- Rusia y Estados Unidos firmaron el acuerdo, dijo el ministro.\n", to: dir + "/es.txt")
        S.write("Deal\n\nPARIS (AFP) - France and Spain met on Tuesday and said the talks were good.\n", to: dir + "/en.txt")
        let detected = try S.analyze([dir + "/es.txt", dir + "/en.txt"], in: dir)
        #expect(detected.status == 0, "stderr:\n\(detected.stderr)")
        let rows = try S.csvRows(dir + "/out/articles.csv")
        let header = ArticleTableWriter.articleColumns
        #expect(header.last == "language")
        let byPath = Dictionary(uniqueKeysWithValues: rows.map { ($0[1].hasSuffix("es.txt") ? "es" : "en", $0) })
        let countries = header.firstIndex(of: "countries")!, compound = header.firstIndex(of: "compound")!
        #expect(byPath["es"]?.last == "es" && byPath["es"]?[countries] == "RU;US" && byPath["es"]?[compound] == "")
        #expect(byPath["en"]?.last == "en" && byPath["en"]?[compound] != "")
        let bad = try S.analyze([dir + "/es.txt"], in: dir, extra: ["--language", "xx"])
        #expect(bad.status == 2 && bad.stderr.contains("--language"), "stderr:\n\(bad.stderr)")
    }

    @Test func outNamingAFileIsASentence() throws {
        let dir = S.makeTemporaryDirectory("outfile")
        S.write("T\n\nPARIS (AFP) - France and Spain met.\n", to: dir + "/a.txt")
        S.write("not a folder", to: dir + "/results")
        let outcome = try S.run(["analyze", dir + "/a.txt", "--out", dir + "/results", "--datasets", S.datasets], in: dir)
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("is a file, not a folder") && !outcome.stderr.contains("SQLite error"), "stderr:\n\(outcome.stderr)")
    }

    @Test func runsCompareAndReportFollowTheStore() throws {
        let dir = S.makeTemporaryDirectory("beside")
        S.write("T\n\nPARIS (AFP) - France and Spain met.\n", to: dir + "/a.txt")
        S.write("U\n\nBERLIN (Reuters) - Germany and Poland met.\n", to: dir + "/b.txt")
        for input in ["a.txt", "b.txt"] {
            let run = try S.run(["analyze", dir + "/" + input, "--out", dir + "/res", "--datasets", S.datasets, "--quiet"], in: dir)
            #expect(run.status == 0, "stderr:\n\(run.stderr)")
        }
        let runs = try S.run(["runs", "--out", dir + "/res"], in: dir, measureMemory: false)
        #expect(runs.status == 0 && runs.stdout.contains("complete"), "stderr:\n\(runs.stderr)")
        let compare = try S.run(["compare", "--db", dir + "/res/geotone.sqlite"], in: dir, measureMemory: false)
        #expect(compare.status == 0, "stderr:\n\(compare.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/res/compare/summary.txt"))
        let report = try S.run(["report", "--db", dir + "/res/geotone.sqlite", "--datasets", S.datasets], in: dir, measureMemory: false)
        #expect(report.status == 0, "stderr:\n\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/res/report.html"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"), "nothing is written to ./out")
    }

    /// `--help` and Documentation/Detection.md give the same defaults for the detection options.
    @Test func helpAndDetectionDocumentAgreeOnDefaults() throws {
        let dir = S.makeTemporaryDirectory("defaults")
        let help = try S.run(["analyze", "--help"], in: dir, measureMemory: false).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let doc = try String(contentsOfFile: S.packageRoot + "/Documentation/Detection.md", encoding: .utf8)
        let kinds = MentionKind.defaultKinds.sorted().map(\.rawValue).joined(separator: ", ")
        #expect(MentionKind.defaultKinds == Set(MentionKind.allCases))
        #expect(help.contains("any of \(kinds) (default: all)"), "help: \(help)")
        #expect(doc.contains("`\(kinds)`"))
        #expect(help.contains("--min-pair-articles <min-pair-articles> Pairs in fewer articles")
                    && help.contains("(default: 3)") && doc.contains("(default 3,"))
    }
}
