#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SentimentLexicon {
    /// File names of the bundled data, under `Datasets/lexicons/`.
    enum BundledFile {
        static let vaderLexicon = "vader_lexicon.txt"
        static let emoji = "emoji_utf8_lexicon.txt"
        static let boosters = "vader_boosters.tsv"
        static let negations = "vader_negations.txt"
        static let idioms = "vader_idioms.tsv"
        static let newsAdjustments = "news_adjustments.tsv"
        static let newsIdiomRemovals = "news_idiom_removals.tsv"
        static let newsNeutralPhrases = "news_neutral_phrases.txt"
        static let newsShifters = "news_shifters.txt"
        static let newsReporting = "news_reporting.txt"
        static let newsNegations = "news_negations.txt"
        static let afinn = "AFINN-en-165.txt"
    }

    /// VADER's valence range.
    static let vaderRange: ClosedRange<Double> = -4...4
    /// AFINN's valence range.
    static let afinnRange: ClosedRange<Double> = -5...5
    /// Factor mapping AFINN's −5...5 onto VADER's −4...4.
    public static let afinnToVaderScale = 0.8

    /// Loads a bundled lexicon by name: "vader", "news" or "afinn".
    ///
    /// - Parameter datasetsDirectory: the `Datasets` folder (or its `lexicons` subfolder).
    /// - Throws: `SentimentError` naming the file and line of the first problems found.
    public static func loadBundled(_ name: String, datasetsDirectory: String) throws -> SentimentLexicon {
        let dir = lexiconDirectory(datasetsDirectory)
        func file(_ f: String) throws(SentimentError) -> LexiconFile { try LexiconFile(path: dir + "/" + f) }
        var hasher = ChecksumBuilder()
        var definition = LexiconDefinition()
        switch name {
        case "vader", "news":
            let lexicon = try file(BundledFile.vaderLexicon)
            hasher.add(lexicon)
            try LexiconParsers.readVaderLexicon(lexicon, into: &definition)
        case "afinn":
            let afinn = try file(BundledFile.afinn)
            hasher.add(afinn)
            try LexiconParsers.readScoredTerms(afinn, range: afinnRange, scale: afinnToVaderScale, into: &definition)
        default:
            throw SentimentError.unknownBundledLexicon(name: name, known: bundledNames)
        }
        try LexiconParsers.readRules(directory: dir, hasher: &hasher, into: &definition)
        if name == "news" {
            let adjustments = try file(BundledFile.newsAdjustments)
            let removals = try file(BundledFile.newsIdiomRemovals)
            let neutral = try file(BundledFile.newsNeutralPhrases)
            let shifters = try file(BundledFile.newsShifters)
            let reporting = try file(BundledFile.newsReporting)
            let negations = try file(BundledFile.newsNegations)
            let afinn = try file(BundledFile.afinn)
            for f in [adjustments, removals, neutral, shifters, reporting, negations, afinn] { hasher.add(f) }
            definition.shifters = try LexiconParsers.readWordList(shifters)
            definition.reporting = try LexiconParsers.readWordList(reporting)
            definition.negations += try LexiconParsers.readWordList(negations)
            try fillFromAFINN(afinn, into: &definition)
            try LexiconParsers.applyAdjustments(adjustments, to: &definition)
            try LexiconParsers.removeIdioms(removals, from: &definition)
            try LexiconParsers.readNeutralPhrases(neutral, into: &definition)
        }
        return SentimentLexicon(name: name, definition: definition, checksum: hasher.hexDigest)
    }

    /// News lexicon: every single-word AFINN-165 term that VADER lacks joins with its AFINN score × 0.8
    /// ("allegations", "indicted", "bankruptcy", "victory"). VADER was rated on social-media text and misses
    /// much of the vocabulary of conflict, crime and politics that news uses; AFINN covers part of it. Runs before
    /// `news_adjustments.tsv`, which can override or remove a filled word. Words the rules already use (boosters
    /// such as "substantially", negations, shifters such as "limits") keep their rule role only. The file stays
    /// unchanged (ODbL).
    static func fillFromAFINN(_ afinn: LexiconFile, into definition: inout LexiconDefinition) throws(SentimentError) {
        var scored = LexiconDefinition()
        try LexiconParsers.readScoredTerms(afinn, range: afinnRange, scale: afinnToVaderScale, into: &scored)
        var ruleWords = Set(definition.negations + definition.shifters + definition.reporting)
        for booster in definition.boosters where booster.words.count == 1 { ruleWords.insert(booster.words[0]) }
        for (term, valence) in scored.terms where definition.termIndex[term] == nil && !ruleWords.contains(term) {
            definition.setTerm(term, valence)
        }
    }

    /// The folder holding the lexicon files: `dir/lexicons` when it exists, else `dir`.
    static func lexiconDirectory(_ dir: String) -> String {
        let nested = dir + "/lexicons"
        return FileManager.default.fileExists(atPath: nested + "/" + BundledFile.boosters) ? nested : dir
    }
}
