import Foundation
import Testing
@testable import GeoTone

/// `countries` against geoparsing gold made outside this project (LGL, TR-News in `../shared/corpora/geoparsing-dev`):
/// micro P/R/F1 over (document, country) pairs through a whole `analyze` run, overall and on each half (even and
/// odd documents), with recall split into countries the gold reaches through their name and countries reached only
/// through places inside them. `Scripts/geoparsing-errors.py` lists the errors behind these figures.
@Suite struct GeoparsingAccuracyTests {
    struct GoldDocument {
        let id: String
        let line: String
        let gold: Set<String>
        let named: Set<String>
    }

    static func load(_ path: String) -> [GoldDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var docs: [GoldDocument] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = obj["id"] as? String, let text = obj["text"] as? String,
                  let input = try? JSONSerialization.data(withJSONObject: ["id": id, "title": obj["title"] as? String ?? "", "text": text])
            else { continue }
            // `-` marks a place the annotators could not put in any country: not a country code.
            let gold = Set((obj["countries"] as? [String] ?? []).filter { $0 != "-" })
            let toponyms = obj["toponyms"] as? [[String: Any]] ?? []
            let named = Set(toponyms.filter { $0["granularity"] as? String == "country" }.compactMap { $0["country"] as? String })
            docs.append(GoldDocument(id: id, line: String(decoding: input, as: UTF8.self), gold: gold, named: named))
        }
        return docs
    }

    struct Score: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0
        var namedFound = 0, namedMissed = 0, placesFound = 0, placesMissed = 0
        var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            func f(_ x: Double) -> String { String(format: "%.3f", x) }
            func r(_ a: Int, _ b: Int) -> String { a + b == 0 ? "-" : f(Double(a) / Double(a + b)) }
            return "P \(f(precision)) R \(f(recall)) F1 \(f(f1)) (TP \(tp) FP \(fp) FN \(fn)); recall named \(r(namedFound, namedMissed)), places only \(r(placesFound, placesMissed))"
        }
        mutating func add(predicted: Set<String>, _ doc: GoldDocument) {
            tp += predicted.intersection(doc.gold).count
            fp += predicted.subtracting(doc.gold).count
            fn += doc.gold.subtracting(predicted).count
            for c in doc.gold {
                let found = predicted.contains(c)
                if doc.named.contains(c) { if found { namedFound += 1 } else { namedMissed += 1 } }
                else if found { placesFound += 1 } else { placesMissed += 1 }
            }
        }
    }

    /// Scores one gold set: overall, even half, odd half.
    static func score(_ path: String, name: String) throws -> (all: Score, even: Score, odd: Score) {
        let docs = load(path)
        let rows = try ProductionPath.analyze(jsonLines: docs.map(\.line), name: name)
        var all = Score(), even = Score(), odd = Score()
        for (n, doc) in docs.enumerated() {
            let predicted = rows[doc.id]?.countries ?? []
            all.add(predicted: predicted, doc)
            if n % 2 == 0 { even.add(predicted: predicted, doc) } else { odd.add(predicted: predicted, doc) }
        }
        print("\(name) (\(docs.count) documents): \(all)\n  even half: \(even)\n  odd half:  \(odd)")
        return (all, even, odd)
    }

    static let hasGold = FileManager.default.fileExists(atPath: TestPaths.lgl) && FileManager.default.fileExists(atPath: TestPaths.trnews)

    @Test(.enabled(if: hasGold, "../shared/corpora/geoparsing-dev is absent: LGL and TR-News accuracy skipped"))
    func lgl() throws {
        let s = try Self.score(TestPaths.lgl, name: "LGL")
        #expect(s.all.tp + s.all.fn > 700)
        #expect(s.all.f1 >= 0.70)
        #expect(s.all.precision >= 0.85)
    }

    @Test(.enabled(if: hasGold, "../shared/corpora/geoparsing-dev is absent: LGL and TR-News accuracy skipped"))
    func trNews() throws {
        let s = try Self.score(TestPaths.trnews, name: "TR-News")
        #expect(s.all.tp + s.all.fn > 200)
        #expect(s.all.f1 >= 0.90)
        #expect(s.all.precision >= 0.85)
    }
}
