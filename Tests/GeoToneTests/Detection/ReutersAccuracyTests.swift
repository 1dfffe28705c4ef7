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

    static let detected: [ReutersDetected] = {
        guard let data = FileManager.default.contents(atPath: TestPaths.reuters) else { return [] }
        let harness = MatcherHarness.best
        var kinds = MentionKind.defaultKinds
        if let list = ProcessInfo.processInfo.environment["GEOTONE_KINDS"] {
            kinds = Set(list.split(separator: ",").compactMap { MentionKind(rawValue: String($0)) })
        }
        var detector = ArticleDetector(gazetteer: harness.gazetteer, kinds: kinds)
        var out: [ReutersDetected] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            let title = obj["title"] as? String ?? ""
            let dateline = obj["dateline"] as? String ?? ""
            let text = obj["text"] as? String ?? ""
            let places = obj["places"] as? [String] ?? []
            let d = detector.detect(title: title, dateline: dateline, body: text)
            let g = harness.gazetteer
            out.append(ReutersDetected(
                id: obj["id"] as? String ?? "", datelineText: dateline, gold: Set(places), dateline: d.datelineCountry,
                title: d.titleMentions.compactMap { g.countryIndex(of: $0.entity) },
                body: d.bodyMentions.compactMap { g.countryIndex(of: $0.entity) },
                countries: d.countries))
        }
        return out
    }()

    static func codes(_ indices: [Int]) -> Set<String> {
        let g = MatcherHarness.best.gazetteer
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

    @Test(.enabled(if: available && MatcherHarness.hasProjectGazetteer))
    func focusAccuracy() {
        let focus = ReutersRun.evaluateFocus(.standard)
        let all = ReutersRun.evaluateAll()
        print("Reuters focus vs places:\n" + focus.summary(worst: 20))
        print("Reuters countries ∪ dateline vs places:\n" + all.summary(worst: 20))
        #expect(ReutersRun.detected.count > 18_000)
        #expect(focus.f1 >= 0.85)
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
            let g = MatcherHarness.best.gazetteer
            func c(_ x: [Int]) -> String { x.map { g.countries[$0].alpha2 }.joined(separator: ",") }
            var text = "id\tgold\tdateline\tdl\ttitle\tbody\n"
            for d in ReutersRun.detected {
                text += "\(d.id)\t\(d.gold.sorted().joined(separator: ","))\t\(d.datelineText)\t\(d.dateline.map { g.countries[$0].alpha2 } ?? "")\t\(c(d.title))\t\(c(d.body))\n"
            }
            _ = FileManager.default.createFile(atPath: dump, contents: Data(text.utf8))
        }
    }
}
