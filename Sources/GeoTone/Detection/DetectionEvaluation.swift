/// Micro-averaged precision, recall and F1 of predicted country codes against gold labels,
/// with per-code counts for finding the worst countries.
public struct DetectionEvaluation: Sendable {
    /// Counts for one code.
    public struct CodeScore: Sendable, Hashable {
        /// The country code.
        public let code: String
        /// Predicted and in the gold labels.
        public var truePositives = 0
        /// Predicted but not in the gold labels.
        public var falsePositives = 0
        /// In the gold labels but not predicted.
        public var falseNegatives = 0

        /// Errors of both sorts.
        public var errors: Int { falsePositives + falseNegatives }
        /// F1 of this code (0 when it never occurs).
        public var f1: Double {
            let d = 2 * truePositives + falsePositives + falseNegatives
            return d == 0 ? 0 : Double(2 * truePositives) / Double(d)
        }
    }

    /// Documents evaluated.
    public private(set) var documents = 0
    private var scores: [String: CodeScore] = [:]

    /// Creates an empty evaluation.
    public init() {}

    /// Adds one document's predicted and gold code sets.
    public mutating func add(predicted: Set<String>, gold: Set<String>) {
        documents += 1
        for c in predicted.union(gold) {
            var s = scores[c] ?? CodeScore(code: c)
            let p = predicted.contains(c), g = gold.contains(c)
            if p && g { s.truePositives += 1 } else if p { s.falsePositives += 1 } else { s.falseNegatives += 1 }
            scores[c] = s
        }
    }

    /// Adds another evaluation's counts.
    public mutating func merge(_ other: DetectionEvaluation) {
        documents += other.documents
        for (c, o) in other.scores {
            var s = scores[c] ?? CodeScore(code: c)
            s.truePositives += o.truePositives
            s.falsePositives += o.falsePositives
            s.falseNegatives += o.falseNegatives
            scores[c] = s
        }
    }

    /// Total true positives.
    public var truePositives: Int { scores.values.reduce(0) { $0 + $1.truePositives } }
    /// Total false positives.
    public var falsePositives: Int { scores.values.reduce(0) { $0 + $1.falsePositives } }
    /// Total false negatives.
    public var falseNegatives: Int { scores.values.reduce(0) { $0 + $1.falseNegatives } }

    /// Micro precision.
    public var precision: Double {
        let d = truePositives + falsePositives
        return d == 0 ? 0 : Double(truePositives) / Double(d)
    }
    /// Micro recall.
    public var recall: Double {
        let d = truePositives + falseNegatives
        return d == 0 ? 0 : Double(truePositives) / Double(d)
    }
    /// Micro F1.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Per-code counts, by code.
    public var perCode: [CodeScore] { scores.values.sorted { $0.code < $1.code } }

    /// The `n` codes with the most errors (ties by code).
    public func worst(_ n: Int) -> [CodeScore] {
        Array(scores.values.sorted { ($0.errors, $1.code) > ($1.errors, $0.code) }.prefix(n))
    }

    /// A short text summary: P/R/F1 and the worst codes.
    public func summary(worst n: Int) -> String {
        func f(_ x: Double) -> String {
            let scaled = (x * 1000).rounded() / 1000
            return "\(scaled)"
        }
        var lines = ["documents \(documents)  P \(f(precision))  R \(f(recall))  F1 \(f(f1))  (TP \(truePositives) FP \(falsePositives) FN \(falseNegatives))"]
        for s in worst(n) {
            lines.append("  \(s.code)  TP \(s.truePositives)  FP \(s.falsePositives)  FN \(s.falseNegatives)  F1 \(f(s.f1))")
        }
        return lines.joined(separator: "\n")
    }
}
