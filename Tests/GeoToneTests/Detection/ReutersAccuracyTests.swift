import Foundation
import Testing
@testable import GeoTone

/// One Reuters story reduced to what the focus rules need.
struct ReutersDetected {
    let id: String
    let datelineText: String
    let gold: Set<String>
    let dateline: Int?
    let title: [Int]
    let body: [Int]
    let countries: [Int]
}

/// Runs detection over the Reuters-21578 development set once and caches the result.
enum ReutersRun {
    /// 1987 stories: the editors file former Soviet, Yugoslav and Czechoslovak places under the
    /// state of the time, so predictions are mapped to it before comparing.
    static let period1987: [String: String] = {
        var m: [String: String] = [:]
        for c in ["RU", "UA", "BY", "KZ", "KG", "TJ", "TM", "UZ", "AM", "AZ", "GE", "MD", "LT", "LV", "EE"] { m[c] = "SU" }
        for c in ["RS", "HR", "SI", "BA", "MK", "ME", "XK"] { m[c] = "YU" }
        for c in ["CZ", "SK"] { m[c] = "CS" }
        return m
    }()

    /// Every story read by the product's reader (`ArticleReader`, as `analyze` reads the file) and analysed by
    /// the product's per-article code (`SingleArticleAnalyzer`). `GEOTONE_KINDS` sets `--mention-kinds`.
    static let detected: [ReutersDetected] = {
        guard let info = FileBytes.status(path: TestPaths.reuters),
              let resources = try? AnalysisResources(
                datasetsDirectory: PipelineFixture.datasets, lexicon: "news",
                mentionKinds: ProcessInfo.processInfo.environment["GEOTONE_KINDS"].map { [$0] }),
              let furniture = try? WordList.load(path: PipelineFixture.datasets + "/ingest/furniture.txt", lowercase: true)
        else { return [] }
        let g = resources.gazetteer
        var analyzer = SingleArticleAnalyzer(resources: resources)
        let file = InputFile(path: TestPaths.reuters, format: .jsonl, size: info.size, mtime: info.mtime)
        var out: [ReutersDetected] = []
        ArticleReader(options: IngestOptions(), furniture: furniture).read(file, emit: { article in
            let record = analyzer.analyze(article)
            let inputs = analyzer.focusInputs
            out.append(ReutersDetected(
                id: article.id, datelineText: article.datelinePlace ?? "", gold: places[article.id] ?? [],
                dateline: record.datelineCountry.flatMap { g.countryIndex(alpha2: $0) },
                title: inputs.title, body: inputs.body,
                countries: record.countries.compactMap { g.countryIndex(alpha2: $0) }))
        }, report: { _ in }, onBytes: { _ in })
        return out
    }()

    /// The editors' `places` of each story, by id.
    static let places: [String: Set<String>] = {
        guard let data = FileManager.default.contents(atPath: TestPaths.reuters) else { return [:] }
        var out: [String: Set<String>] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = obj["id"] as? String else { continue }
            out[id] = Set(obj["places"] as? [String] ?? [])
        }
        return out
    }()

    static func codes(_ indices: [Int]) -> Set<String> {
        let g = MatcherHarness.project.gazetteer
        return Set(indices.map { let c = g.countries[$0].alpha2; return period1987[c] ?? c })
    }

    static func evaluateFocus(_ rule: FocusRule) -> DetectionEvaluation {
        let selector = FocusSelector(rule: rule)
        var e = DetectionEvaluation()
        for d in detected {
            e.add(predicted: codes(selector.select(dateline: d.dateline, title: d.title, body: d.body)), gold: d.gold)
        }
        return e
    }

    static func evaluateAll() -> DetectionEvaluation {
        var e = DetectionEvaluation()
        for d in detected {
            e.add(predicted: codes(d.countries + (d.dateline.map { [$0] } ?? [])), gold: d.gold)
        }
        return e
    }
}

@Suite struct ReutersAccuracyTests {
    static let available = FileManager.default.fileExists(atPath: TestPaths.reuters)

    @Test(.enabled(if: available, "../shared/corpora/reuters21578-dev.jsonl is absent: Reuters focus accuracy skipped"))
    func focusAccuracy() {
        let focus = ReutersRun.evaluateFocus(.standard)
        let all = ReutersRun.evaluateAll()
        print("Reuters focus vs places:\n" + focus.summary(worst: 20))
        print("Reuters countries ∪ dateline vs places:\n" + all.summary(worst: 20))
        #expect(ReutersRun.detected.count > 18_000)
        #expect(focus.f1 >= 0.91)
    }

    /// Grid search over focus rules; run with GEOTONE_TUNE=1.
    @Test(.enabled(if: available && ProcessInfo.processInfo.environment["GEOTONE_TUNE"] != nil))
    func tuneFocus() {
        var rows: [(Double, String)] = []
        for dl in [true, false] {
            for ti in [true, false] {
                for minN in [2, 3, 4, 5, 6, 1000] {
                    for share in [nil, 0.2, 0.3, 0.4, 0.5, 0.6] as [Double?] {
                        for fb in [true, false] {
                            let r = FocusRule(includeDateline: dl, includeTitle: ti, minimumMentions: minN,
                                              minimumShare: share, firstMentionedFallback: fb)
                            let e = ReutersRun.evaluateFocus(r)
                            rows.append((e.f1, "dl=\(dl) title=\(ti) minN=\(minN) share=\(share.map { "\($0)" } ?? "-") fb=\(fb) P=\(e.precision) R=\(e.recall) F1=\(e.f1)"))
                        }
                    }
                }
            }
        }
        for r in rows.sorted(by: { $0.0 > $1.0 }).prefix(25) { print(r.1) }
        if let dump = ProcessInfo.processInfo.environment["GEOTONE_DUMP"] {
            let g = MatcherHarness.project.gazetteer
            func c(_ x: [Int]) -> String { x.map { g.countries[$0].alpha2 }.joined(separator: ",") }
            var text = "id\tgold\tdateline\tdl\ttitle\tbody\n"
            for d in ReutersRun.detected {
                text += "\(d.id)\t\(d.gold.sorted().joined(separator: ","))\t\(d.datelineText)\t\(d.dateline.map { g.countries[$0].alpha2 } ?? "")\t\(c(d.title))\t\(c(d.body))\n"
            }
            _ = FileManager.default.createFile(atPath: dump, contents: Data(text.utf8))
        }
    }
}
