import Foundation
import Testing
@testable import GeoTone

@Suite struct ShardSpecTests {
    @Test func parsesIndexOverCount() throws {
        #expect(try ShardSpec.parse("2/8") == ShardSpec(index: 2, count: 8))
        for bad in ["8/8", "-1/4", "1", "a/b", "1/0", "1/2/3"] {
            #expect(throws: ShardError.self, "\(bad)") { try ShardSpec.parse(bad) }
        }
    }

    @Test func slurmArrayFromZero() throws {
        let env = ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "3", "SLURM_ARRAY_TASK_COUNT": "4"]
        #expect(try ShardSpec.fromEnvironment(env, shards: nil) == ShardSpec(index: 2, count: 4))
        #expect(try ShardSpec.fromEnvironment(env, shards: 4) == ShardSpec(index: 2, count: 4))
        #expect(throws: ShardError.self) { try ShardSpec.fromEnvironment(env, shards: 5) }
    }

    @Test func slurmArrayFromOneAndWithAStep() throws {
        let fromOne = ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_MAX": "4"]
        #expect(try ShardSpec.fromEnvironment(fromOne, shards: nil) == ShardSpec(index: 0, count: 4))
        let stepped = ["SLURM_ARRAY_TASK_ID": "6", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "6",
                       "SLURM_ARRAY_TASK_STEP": "2", "SLURM_ARRAY_TASK_COUNT": "4"]
        #expect(try ShardSpec.fromEnvironment(stepped, shards: nil) == ShardSpec(index: 3, count: 4))
    }

    @Test func slurmArrayWithAGapIsRefused() {
        // --array=0,3,7: three tasks whose ids do not run MIN, MIN+STEP, …
        let list = ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "7",
                    "SLURM_ARRAY_TASK_STEP": "1", "SLURM_ARRAY_TASK_COUNT": "3"]
        #expect(throws: ShardError.self) { try ShardSpec.fromEnvironment(list, shards: nil) }
    }

    @Test func kubernetesIndexNeedsTheShardCount() throws {
        #expect(try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "3"], shards: 4) == ShardSpec(index: 3, count: 4))
        #expect(throws: ShardError.self) { try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "3"], shards: nil) }
        #expect(throws: ShardError.self) { try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "4"], shards: 4) }
        #expect(throws: ShardError.self) { try ShardSpec.fromEnvironment([:], shards: 4) }
    }
}

@Suite struct ShardPlanTests {
    /// One JSON line per article, of varied lengths.
    static func jsonl(_ count: Int) -> String {
        (0..<count).map { i in
            let body = String(repeating: "Talks between France and Spain went on. ", count: 3 + (i * 7) % 40)
            return "{\"id\":\"j\(i)\",\"text\":\(JSONText.quoted(body))}\n"
        }.joined()
    }

    /// A CSV file whose text fields hold quoted line breaks and doubled quotes.
    static func csv(_ count: Int) -> String {
        "id,title,text\n" + (0..<count).map { i in
            let body = String(repeating: "Kenya and \"\"Ethiopia\"\" signed.\nA second line, with a comma. ", count: 2 + (i * 5) % 30)
            return "c\(i),\"Title \(i)\",\"\(body)\"\n"
        }.joined()
    }

    static func file(_ text: String, name: String, in dir: String) -> InputFile {
        let path = dir + "/" + name
        IngestTestSupport.write(Array(text.utf8), to: path)
        let info = FileBytes.status(path: path)!
        let (format, compression) = InputFormat.classify(path: path)!
        return InputFile(path: path, format: format, size: info.size, mtime: info.mtime, compression: compression)
    }

    static func read(_ unit: ShardUnit) -> [Article] {
        var articles: [Article] = []
        ArticleReader(options: IngestTestSupport.defaultOptions, furniture: [])
            .read(unit.file, piece: unit.piece, emit: { articles.append($0) }, report: { _ in }, onBytes: { _ in })
        return articles
    }

    @Test(arguments: ["big.jsonl", "big.csv"])
    func oneBigFileSplitsEvenlyAtRecordBoundaries(name: String) throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        let file = Self.file(name.hasSuffix("csv") ? Self.csv(900) : Self.jsonl(1500), name: name, in: dir)
        let whole = Self.read(ShardUnit(fileIndex: 0, file: file, piece: nil))
        for count in [2, 3, 4, 7] {
            var pieces: [Article] = []
            var sizes: [Int] = []
            for index in 0..<count {
                let plan = try ShardPlan.make(files: [file], shard: ShardSpec(index: index, count: count), encoding: nil)
                #expect(plan.units.count == 1)
                let piece = try #require(plan.units[0].piece)
                sizes.append(piece.end - piece.start)
                pieces += Self.read(plan.units[0])
            }
            // Every record once, in order, with the file's own line numbers and ids.
            #expect(pieces.map(\.id) == whole.map(\.id), "\(count) shards")
            #expect(pieces.map(\.line) == whole.map(\.line), "\(count) shards")
            #expect(pieces.map(\.body) == whole.map(\.body), "\(count) shards")
            let mean = Double(file.size) / Double(count)
            #expect(sizes.allSatisfy { abs(Double($0) - mean) <= 0.1 * mean }, "\(count) shards: \(sizes)")
        }
    }

    @Test func smallFilesStayWhole() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        let files = (0..<5).map { Self.file(Self.jsonl(3), name: "f\($0).jsonl", in: dir) }
        var seen: [Int] = []
        for index in 0..<3 {
            let plan = try ShardPlan.make(files: files, shard: ShardSpec(index: index, count: 3), encoding: nil)
            #expect(plan.units.allSatisfy { $0.piece == nil })
            seen += plan.units.map(\.fileIndex)
        }
        #expect(seen == Array(0..<5))
    }

    @Test func moreShardsThanFilesLeavesSomeEmpty() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        let files = (0..<2).map { Self.file(Self.jsonl(2), name: "f\($0).jsonl", in: dir) }
        let units = try (0..<7).map { try ShardPlan.make(files: files, shard: ShardSpec(index: $0, count: 7), encoding: nil).units }
        #expect(units.flatMap { $0.map(\.fileIndex) } == [0, 1])
        #expect(units.filter(\.isEmpty).count == 5)
    }

    @Test func everyShardAgreesOnTheFingerprintAndTheCutsMeet() throws {
        let dir = IngestTestSupport.makeTemporaryDirectory()
        defer { IngestTestSupport.remove(dir) }
        let files = [Self.file(Self.jsonl(400), name: "a.jsonl", in: dir), Self.file(Self.csv(200), name: "b.csv", in: dir)]
        let plans = try (0..<4).map { try ShardPlan.make(files: files, shard: ShardSpec(index: $0, count: 4), encoding: nil) }
        #expect(Set(plans.map(\.fingerprint)).count == 1)
        for (a, b) in zip(plans, plans.dropFirst()) { #expect(a.endCut == b.startCut) }
        #expect(plans.first?.startCut == "0:0" && plans.last?.endCut == "2:0")
    }
}
