import ArgumentParser
import Foundation
import GeoTone

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the runs in the result store, and whether each one's data or method differs from the run before.",
        discussion: """
        changes: first (no complete run before), data (the input fingerprint differs), method (options, lexicon, \
        gazetteer or tool version differ), data+method, none. Failed runs show `-` and are not compared with. \
        Exit status: 0 success; 3 the database is missing or not a geotone database.
        """)

    @Option(name: .long, help: "SQLite result store (default: <out>/geotone.sqlite).")
    var db: String?

    @Option(name: .long, help: "The folder `geotone analyze --out` wrote to.")
    var out: String = "out"

    func run() throws {
        let db = self.db ?? out + "/geotone.sqlite"
        let rows: [(run: RunRecord, change: RunChange?)]
        var shardLabels: [Int64: String] = [:]
        var mergedShards: [Int64: [ShardStore.MergedShard]] = [:]
        do {
            let history = try RunHistory(path: db)
            rows = try history.runsWithChanges()
            shardLabels = try history.reader.shardLabels()
            for (id, label) in shardLabels where label.hasPrefix("merged") {
                mergedShards[id] = try history.reader.mergedShards(of: id)
            }
        } catch {
            FileHandle.standardError.write(Data("geotone: \(error)\n".utf8))
            throw ExitCode(3)
        }
        if rows.isEmpty {
            print("no runs in \(db)")
            return
        }
        var header = ["id", "label", "finished", "articles", "countries", "mean_compound", "status", "duration_s", "changes"]
        if !shardLabels.isEmpty { header.append("shards") }
        let body: [[String]] = rows.map { run, change in
            var cells: [String] = [String(run.id), run.label ?? "", run.finishedAt ?? "", run.articles.map(String.init) ?? "",
                                   run.countries.map(String.init) ?? "", run.meanCompound.map { NumberFormatting.fixed($0, decimals: 4) } ?? "",
                                   run.status.rawValue, run.durationSeconds.map { NumberFormatting.fixed($0, decimals: 2) } ?? "", change?.rawValue ?? "-"]
            if !shardLabels.isEmpty { cells.append(shardLabels[run.id] ?? "") }
            return cells
        }
        print(PlainTable.render(header: header, rows: body, rightAligned: [0, 3, 4, 5, 7]), terminator: "")
        // A merged run's shards, under the table: which store and run each came from.
        for id in mergedShards.keys.sorted() {
            print("run \(id) merged from:")
            for s in mergedShards[id]! {
                let seconds = s.seconds.map { ", \(NumberFormatting.fixed($0, decimals: 2)) s" } ?? ""
                print("  shard \(s.index): run \(s.run) of \(s.store) (\(s.articles) articles\(seconds))")
            }
        }
    }
}

/// An aligned plain-text table: columns padded to their widest cell, two spaces apart.
enum PlainTable {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int>) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            let text = cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ")
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
