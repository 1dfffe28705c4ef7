#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Accuracy and speed of a scorer against human-rated sentences (e.g. the NYT editorial
/// sentences of Hutto & Gilbert 2014: `id<TAB>rating<TAB>sentence`, ratings −4...4).
public enum SentimentEvaluation {
    /// One rated sentence.
    public struct RatedSentence: Sendable, Equatable {
        /// Identifier from the file.
        public var id: String
        /// Mean human rating.
        public var rating: Double
        /// The sentence.
        public var sentence: String
        /// Creates a rated sentence.
        public init(id: String, rating: Double, sentence: String) {
            self.id = id
            self.rating = rating
            self.sentence = sentence
        }
    }

    /// Figures of one evaluation.
    public struct Result: Sendable, Equatable {
        /// Sentences scored.
        public var count: Int
        /// Pearson correlation between compound and rating.
        public var pearson: Double
        /// Macro-F1 over negative/neutral/positive, ratings classed by sign.
        public var macroF1BySign: Double
        /// Macro-F1 with ratings classed at ±`ratingThreshold`.
        public var macroF1ByThreshold: Double
    }

    /// Compound at or beyond ± this is positive / negative (VADER's usual cut-off).
    public static let compoundThreshold = 0.05
    /// Rating at or beyond ± this is positive / negative in the second macro-F1.
    public static let ratingThreshold = 0.2

    /// Reads `id<TAB>rating<TAB>sentence` lines (no header).
    public static func loadRatedSentences(path: String) throws -> [RatedSentence] {
        let file = try LexiconFile(path: path)
        var rows: [RatedSentence] = []
        var problems = ProblemList()
        for (number, line) in file.lines {
            problems.record { () throws(SentimentError) in
                let f = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard f.count == 3 else { throw .malformed(path: path, line: number, reason: "expected id<TAB>rating<TAB>sentence") }
                let rating = try file.number(f[1], line: number, range: -4...4)
                rows.append(RatedSentence(id: f[0], rating: rating, sentence: f[2]))
            }
        }
        try problems.check()
        return rows
    }

    /// Scores every sentence and compares with the ratings.
    public static func evaluate(scorer: SentimentScorer, sentences: [RatedSentence]) -> Result {
        let compounds = sentences.map { scorer.score($0.sentence).scores.compound }
        let ratings = sentences.map(\.rating)
        let predicted = compounds.map { classify($0, threshold: compoundThreshold) }
        return Result(
            count: sentences.count,
            pearson: pearson(compounds, ratings),
            macroF1BySign: macroF1(predicted, ratings.map { classify($0, threshold: 0) }),
            macroF1ByThreshold: macroF1(predicted, ratings.map { classify($0, threshold: ratingThreshold) }))
    }

    /// −1, 0 or 1: below −threshold, between, at or above threshold (sign when threshold is 0).
    static func classify(_ x: Double, threshold: Double) -> Int {
        if threshold == 0 { return x > 0 ? 1 : (x < 0 ? -1 : 0) }
        return x >= threshold ? 1 : (x <= -threshold ? -1 : 0)
    }

    /// Pearson's r; 0 when either side has no variance.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        guard x.count == y.count, x.count > 1 else { return 0 }
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
    }

    /// Mean F1 over the classes −1, 0, 1 (a class with no predictions and no truth scores 0).
    public static func macroF1(_ predicted: [Int], _ truth: [Int]) -> Double {
        var total = 0.0
        for c in [-1, 0, 1] {
            var tp = 0, fp = 0, fn = 0
            for (p, t) in zip(predicted, truth) {
                if p == c && t == c { tp += 1 } else if p == c { fp += 1 } else if t == c { fn += 1 }
            }
            let denominator = Double(2 * tp + fp + fn)
            total += denominator > 0 ? Double(2 * tp) / denominator : 0
        }
        return total / 3
    }

    /// Speed of one scoring run.
    public struct Throughput: Sendable, Equatable {
        /// Bytes scored per round.
        public var bytes: Int
        /// Wall-clock seconds of the fastest round.
        public var wallSeconds: Double
        /// Thread CPU seconds of the fastest round (robust on a busy machine).
        public var cpuSeconds: Double
        /// Megabytes (10⁶ bytes) per wall-clock second.
        public var megabytesPerSecond: Double { wallSeconds > 0 ? Double(bytes) / 1e6 / wallSeconds : 0 }
        /// Megabytes (10⁶ bytes) per CPU second.
        public var megabytesPerCPUSecond: Double { cpuSeconds > 0 ? Double(bytes) / 1e6 / cpuSeconds : 0 }
    }

    /// Scores `sentences` on the calling thread `rounds` times through the UTF-8 fast path and
    /// reports the fastest round.
    public static func throughput(scorer: SentimentScorer, sentences: [String], rounds: Int = 3) -> Throughput {
        let buffers = sentences.map { Array($0.utf8) }
        let bytes = buffers.reduce(0) { $0 + $1.count }
        var best = Throughput(bytes: bytes, wallSeconds: .infinity, cpuSeconds: .infinity)
        var sink = 0.0
        for _ in 0..<max(rounds, 1) {
            let wall0 = now(CLOCK_MONOTONIC), cpu0 = now(CLOCK_THREAD_CPUTIME_ID)
            for buffer in buffers {
                sink += buffer.withUnsafeBufferPointer { scorer.score(utf8: $0).scores.compound }
            }
            let wall = now(CLOCK_MONOTONIC) - wall0, cpu = now(CLOCK_THREAD_CPUTIME_ID) - cpu0
            best.wallSeconds = min(best.wallSeconds, wall)
            best.cpuSeconds = min(best.cpuSeconds, cpu)
        }
        if sink.isNaN { best.bytes = 0 }  // keeps the work observable to the optimiser
        return best
    }

    private static func now(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}
