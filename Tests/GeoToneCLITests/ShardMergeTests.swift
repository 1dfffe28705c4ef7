import Dispatch
import Synchronization
import Foundation
import Testing
import GeoTone

/// `analyze --shard I/N` in separate processes, then `merge`: the seven tables equal the single run's, byte for byte.
@Suite(.enabled(if: CLITestSupport.binary != nil, CLITestSupport.missingBinaryMessage))
struct ShardMergeTests {
    typealias S = CLITestSupport

    /// A corpus with duplicates within and across files (so across shards): the sample stories, a JSON lines file
    /// large enough to be split, and a CSV file with quoted line breaks that repeats some of its texts and ids.
    static func makeCorpus(in dir: String) throws -> String {
        let corpus = dir + "/corpus"
        let stories = try FileManager.default.contentsOfDirectory(atPath: S.datasets + "/articles").filter { $0.hasSuffix(".txt") }.sorted()
        var paragraphs: [String] = []
        for name in stories {
            let text = try String(contentsOfFile: S.datasets + "/articles/" + name, encoding: .utf8)
            S.write(text, to: corpus + "/stories/" + name)
            paragraphs += text.components(separatedBy: "\n\n").filter { $0.count > 80 }
        }
        func body(_ i: Int) -> String {
            (0..<(3 + i % 4)).map { paragraphs[(i * 7 + $0 * 13) % paragraphs.count] }.joined(separator: "\n\n")
        }
        // Every ninth article repeats the title and text of the one five before it (a duplicate).
        func source(_ i: Int) -> Int { i % 9 == 8 ? i - 5 : i }
        func text(_ i: Int) -> String { body(source(i)) }
        func title(_ i: Int) -> String { "Wire \(source(i))" }
        var jsonl = ""
        for i in 0..<900 {
            jsonl += "{\"id\":\"w\(i)\",\"date\":\"2024-0\(1 + i % 9)-\(10 + i % 18)\",\"title\":\(JSONText.quoted(title(i))),"
                + "\"text\":\(JSONText.quoted(text(i)))}\n"
        }
        S.write(jsonl, to: corpus + "/wire.jsonl")
        // The CSV file: titles and texts of wire articles (duplicates across files), some of their ids again, quoted
        // line breaks and quotes.
        var csv = "id,date,title,text\n"
        for k in 0..<480 {
            let i = k % 3 == 0 ? k * 5 : 1000 + k
            let id = k % 10 == 0 ? "w\(k)" : "c\(k)"
            let quoted = { (s: String) in "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            csv += "\(id),2024-05-\(10 + k % 18),\(quoted(k % 3 == 0 ? title(i) : "Feed \"\(k)\"")),\(quoted(text(i)))\n"
        }
        S.write(csv, to: corpus + "/z-feed.csv")
        return corpus
    }

    /// The single run over the corpus, made once for every test here.
    static let reference: (dir: String, corpus: String)? = {
        let dir = S.makeTemporaryDirectory("shard-reference")
        guard let corpus = try? makeCorpus(in: dir),
              let single = try? S.run(["analyze", corpus, "--out", dir + "/single", "--datasets", S.datasets, "--quiet",
                                       "--default-year", "2024", "--jobs", "1"], in: dir, measureMemory: false),
              single.status == 0 else { return nil }
        return (dir, corpus)
    }()

    /// Runs the shards of `count` at the same time, one process each, each into its own store.
    static func runShards(_ count: Int, corpus: String, in dir: String, extra: [String] = []) -> [S.Outcome?] {
        let outcomes = Mutex<[S.Outcome?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let here = dir + "/shard-\(i)"
            try? FileManager.default.createDirectory(atPath: here, withIntermediateDirectories: true)
            let outcome = try? S.run(["analyze", corpus, "--out", here + "/out", "--db", dir + "/shard-\(i).sqlite",
                                      "--shard", "\(i)/\(count)", "--datasets", S.datasets, "--default-year", "2024",
                                      "--jobs", "1"] + extra, in: here, measureMemory: false)
            outcomes.withLock { $0[i] = outcome }
        }
        return outcomes.withLock { $0 }
    }

    @Test(arguments: [1, 2, 3, 4, 7])
    func shardsMergeIntoTheSingleRunsTables(count: Int) throws {
        let reference = try #require(Self.reference, "the single run over the test corpus failed")
        let dir = S.makeTemporaryDirectory("shards-\(count)")
        defer { S.remove(dir) }
        for (i, outcome) in Self.runShards(count, corpus: reference.corpus, in: dir).enumerated() {
            #expect(outcome?.status == 0, "shard \(i)/\(count): \(outcome?.stderr ?? "did not run")")
        }
        let stores = (0..<count).map { dir + "/shard-\($0).sqlite" }
        // Cuts fall inside the JSON lines file (the file after the stories) and, for 7 shards, inside the CSV file.
        let wire = try FileManager.default.contentsOfDirectory(atPath: reference.corpus + "/stories").count
        let cuts = try stores.map { try SQLiteDatabase(path: $0, create: false).query("SELECT start_cut FROM shard_runs")[0][0].string }
        func cutInside(_ file: Int) -> Bool { cuts.contains { $0.hasPrefix("\(file):") && $0 != "\(file):0" } }
        if count >= 3 { #expect(cutInside(wire), "\(cuts)") }
        if count == 7 { #expect(cutInside(wire + 1), "\(cuts)") }
        let merge = try S.run(["merge"] + stores.reversed() + ["--out", dir + "/merged", "--datasets", S.datasets, "--quiet"],
                              in: dir, measureMemory: false)
        #expect(merge.status == 0, "merge: \(merge.stderr)")
        for table in EndToEndTests.tables {
            let single = try Data(contentsOf: URL(fileURLWithPath: reference.dir + "/single/" + table))
            let merged = try Data(contentsOf: URL(fileURLWithPath: dir + "/merged/" + table))
            #expect(single == merged, "\(table) differs with \(count) shard(s)")
        }
        // The same diagnostics as the single run (repeated ids across shards among them), in any order.
        func diagnostics(_ path: String) throws -> [String] {
            try SQLiteDatabase(path: path, create: false).query("SELECT severity, code, path, line, message FROM diagnostics")
                .map { $0.map(\.description).joined(separator: "|") }.sorted()
        }
        #expect(try diagnostics(dir + "/merged/geotone.sqlite") == diagnostics(reference.dir + "/single/geotone.sqlite"))
        // The corpus really has duplicates, also across shards.
        let db = try SQLiteDatabase(path: dir + "/merged/geotone.sqlite", create: false)
        #expect((try db.query("SELECT duplicates FROM runs").first?.first?.int ?? 0) > 100)
        let runs = try S.run(["runs", "--db", dir + "/merged/geotone.sqlite"], in: dir, measureMemory: false)
        #expect(runs.stdout.contains("merged \(count)/\(count)") && runs.stdout.contains("shard \(count - 1): run 1 of"), "\(runs.stdout)")
    }

    @Test func mergeRefusesAMissingARepeatedOrAForeignShard() throws {
        let reference = try #require(Self.reference, "the single run over the test corpus failed")
        let dir = S.makeTemporaryDirectory("shards-refused")
        defer { S.remove(dir) }
        _ = Self.runShards(3, corpus: reference.corpus, in: dir)
        let stores = (0..<3).map { dir + "/shard-\($0).sqlite" }
        func merge(_ given: [String]) throws -> S.Outcome {
            try S.run(["merge"] + given + ["--out", dir + "/merged", "--datasets", S.datasets, "--quiet"], in: dir, measureMemory: false)
        }
        let missing = try merge([stores[0], stores[2]])
        #expect(missing.status == 2 && missing.stderr.contains("shard(s) 1 of 3 missing"), "\(missing.stderr)")
        let twice = try merge([stores[0], stores[1], stores[1], stores[2]])
        #expect(twice.status == 2 && twice.stderr.contains("shard 1 of 3 is given twice"), "\(twice.stderr)")
        // A shard of another method (another --period) is not a shard of this run.
        let other = dir + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        _ = Self.runShards(3, corpus: reference.corpus, in: other, extra: ["--period", "week"])
        let mixed = try merge([stores[0], other + "/shard-1.sqlite", stores[2]])
        #expect(mixed.status == 2 && mixed.stderr.contains("differ in options"), "\(mixed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/merged/articles.csv"), "a refused merge writes no table")
    }

    @Test func aLaterRunReusesTheMergedResults() throws {
        let reference = try #require(Self.reference, "the single run over the test corpus failed")
        let dir = S.makeTemporaryDirectory("shards-reuse")
        defer { S.remove(dir) }
        _ = Self.runShards(2, corpus: reference.corpus, in: dir)
        let merged = dir + "/merged/geotone.sqlite"
        let merge = try S.run(["merge", dir + "/shard-0.sqlite", dir + "/shard-1.sqlite", "--out", dir + "/merged",
                               "--datasets", S.datasets, "--quiet"], in: dir, measureMemory: false)
        #expect(merge.status == 0, "\(merge.stderr)")
        // A single run into the merged store, writing elsewhere, analyses none of the unique articles again.
        let later = try S.run(["analyze", reference.corpus, "--out", dir + "/later", "--db", merged, "--datasets", S.datasets,
                               "--default-year", "2024"], in: dir, measureMemory: false)
        #expect(later.status == 0, "\(later.stderr)")
        let db = try SQLiteDatabase(path: merged, create: false)
        let row = try db.query("SELECT articles - duplicates FROM runs WHERE id = 1").first?.first?.int ?? -1
        #expect(later.stdout.contains("unchanged articles reused from earlier runs: \(row)"), "\(later.stdout)")
        for table in EndToEndTests.tables {
            let single = try Data(contentsOf: URL(fileURLWithPath: reference.dir + "/single/" + table))
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/later/" + table)) == single, "\(table)")
        }
        // The shards of a later sharded run read the merged store's results (--reuse-from) instead of analysing
        // again, and their merge into that store is the same run again.
        let again = dir + "/again"
        try FileManager.default.createDirectory(atPath: again, withIntermediateDirectories: true)
        for (i, outcome) in Self.runShards(3, corpus: reference.corpus, in: again, extra: ["--reuse-from", merged]).enumerated() {
            #expect(outcome?.status == 0 && outcome?.stdout.contains("unchanged articles reused from earlier runs:") == true,
                    "shard \(i): \(outcome?.stdout ?? "") \(outcome?.stderr ?? "")")
        }
        let remerge = try S.run(["merge"] + (0..<3).map { again + "/shard-\($0).sqlite" } + ["--out", again + "/merged", "--db", merged,
                                 "--datasets", S.datasets, "--quiet"], in: dir, measureMemory: false)
        #expect(remerge.status == 0, "\(remerge.stderr)")
        for table in EndToEndTests.tables {
            let single = try Data(contentsOf: URL(fileURLWithPath: reference.dir + "/single/" + table))
            #expect(try Data(contentsOf: URL(fileURLWithPath: again + "/merged/" + table)) == single, "\(table)")
        }
    }
}
