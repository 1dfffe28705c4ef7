/// Readers for each lexicon and rule file format; each reports every problem as `file:line`.
enum LexiconParsers {
    /// Header of `vader_boosters.tsv`.
    static let boosterHeader = ["term", "effect"]
    /// Header of `vader_negations.txt`.
    static let negationHeader = ["term"]
    /// Header of `vader_idioms.tsv`.
    static let idiomHeader = ["phrase", "valence"]
    /// Header of `news_adjustments.tsv`.
    static let adjustmentHeader = ["term", "score", "reason"]
    /// Header of `news_idiom_removals.tsv`.
    static let idiomRemovalHeader = ["phrase", "reason"]
    /// Header of `news_neutral_phrases.txt`.
    static let neutralPhraseHeader = ["phrase"]
    /// Booster effects and their scalars.
    static let boosterEffects: [String: Double] = [
        "increment": VaderConstants.boosterIncrement, "decrement": VaderConstants.boosterDecrement,
    ]

    /// Reads `vader_lexicon.txt` as the reference does: the first two tab-separated fields of
    /// each non-empty line, duplicates resolved last-one-wins (the shipped file repeats 14 terms).
    /// Multi-word keys become phrases (which the reference never matches; news mode does).
    static func readVaderLexicon(_ file: LexiconFile, into d: inout LexiconDefinition) throws(SentimentError) {
        if readWellFormedVaderLexicon(file, into: &d) { return }
        try file.forEachRow(file.lines) { row, _ throws(SentimentError) in
            let f = row.leadingFields(2)
            guard f.count >= 2 else { throw file.malformed(row, "expected term<TAB>valence") }
            let value = try file.number(f[1], line: row.number, range: SentimentLexicon.vaderRange)
            if f[0].utf8.contains(UInt8(ascii: " ")), f[0].split(separator: " ").count > 1 {
                d.phrases.append((SentimentTokenizer.words(of: f[0]), value))
            } else {
                d.setTerm(Array(f[0].utf8), value)
            }
        }
    }

    /// ``readVaderLexicon(_:into:)`` on bytes for a file whose every line it takes (a term, a tab, a number in range):
    /// the same terms and phrases, about a tenth of the work. Returns false, leaving `d` as it was, at the first line
    /// it does not take; the general reading then reports every problem with its line.
    static func readWellFormedVaderLexicon(_ file: LexiconFile, into d: inout LexiconDefinition) -> Bool {
        var out = d
        func take(term: String, value field: Substring) -> Bool {
            guard let value = Double(field), value.isFinite, SentimentLexicon.vaderRange.contains(value) else { return false }
            if term.utf8.contains(UInt8(ascii: " ")), term.split(separator: " ").count > 1 {
                out.phrases.append((SentimentTokenizer.words(of: term), value))
            } else {
                out.setTerm(Array(term.utf8), value)
            }
            return true
        }
        let taken = file.allTrimmedLines { p, lo, hi in
            if p[lo] >= 0x80 || p[hi - 1] >= 0x80 {
                // A line that may start or end in white space beyond ASCII: cut as the general reading cuts it.
                let line = LexiconFile.text(p, lo, hi)
                if line.isEmpty { return true }
                let f = LexiconFile.Row(number: 0, text: line).leadingFields(2)
                return f.count >= 2 && take(term: f[0], value: Substring(f[1]))
            }
            var tab = lo
            while tab < hi && p[tab] != 0x09 { tab += 1 }
            guard tab < hi else { return false }
            var next = tab + 1
            while next < hi && p[next] != 0x09 { next += 1 }
            let term = String(decoding: UnsafeBufferPointer(rebasing: p[lo..<tab]), as: UTF8.self)
            let field = String(decoding: UnsafeBufferPointer(rebasing: p[(tab + 1)..<next]), as: UTF8.self)
            return take(term: term, value: Substring(field))
        }
        if taken { d = out }
        return taken
    }

    /// Reads `term<TAB>score` lines without a header (AFINN), scaling scores by `scale`.
    static func readScoredTerms(_ file: LexiconFile, range: ClosedRange<Double>, scale: Double,
                                into d: inout LexiconDefinition) throws(SentimentError) {
        if readWellFormedScoredTerms(file, range: range, scale: scale, into: &d) { return }
        try file.forEachRow(file.lines) { row, seen throws(SentimentError) in
            let f = row.fields
            guard f.count == 2 else { throw file.malformed(row, "expected term<TAB>score") }
            try seen.check(f[0].lowercased(), line: row.number, path: file.path)
            let value = try file.number(f[1], line: row.number, range: range)
            d.addUserTerm(f[0], value * scale, wildcards: false)
        }
    }

    /// ``readScoredTerms(_:range:scale:into:)`` on bytes for a file whose every line it takes (two fields, no term seen
    /// before, a number in range): a one-word ASCII term of letters is lower-cased and set directly, any other term goes
    /// through `addUserTerm` as in the general reading. Returns false, leaving `d` as it was, at the first line it does
    /// not take; the general reading then reports every problem with its line.
    static func readWellFormedScoredTerms(_ file: LexiconFile, range: ClosedRange<Double>, scale: Double,
                                         into d: inout LexiconDefinition) -> Bool {
        var out = d
        var seen = Set<String>()
        func take(_ line: String) -> Bool {
            let f = LexiconFile.fields(line)
            guard f.count == 2, seen.insert(f[0].lowercased()).inserted,
                  let value = Double(f[1]), value.isFinite, range.contains(value) else { return false }
            out.addUserTerm(f[0], value * scale, wildcards: false)
            return true
        }
        let taken = file.allTrimmedLines { p, lo, hi in
            var tab = lo, letters = true
            while tab < hi && p[tab] != 0x09 {
                let b = p[tab] | 0x20
                if b < UInt8(ascii: "a") || b > UInt8(ascii: "z") { letters = false }
                tab += 1
            }
            var second = tab + 1
            while second < hi && p[second] != 0x09 { second += 1 }
            guard letters, tab > lo, tab < hi, second == hi, p[hi - 1] < 0x80 else {
                // Anything but `letters<TAB>number` is cut and read as the general reading does.
                let line = LexiconFile.text(p, lo, hi)
                return line.isEmpty || take(line)
            }
            let term = Array(p[lo..<tab].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 })
            let field = String(decoding: UnsafeBufferPointer(rebasing: p[(tab + 1)..<hi]), as: UTF8.self)
            guard seen.insert(String(decoding: term, as: UTF8.self)).inserted,
                  let value = Double(field), value.isFinite, range.contains(value) else { return false }
            out.setTerm(term, value * scale)
            return true
        }
        if taken { d = out }
        return taken
    }

    /// Reads the VADER rule files (emoji, boosters, negations, idioms) from `directory`.
    static func readRules(directory: String, hasher: inout ChecksumBuilder,
                          into d: inout LexiconDefinition) throws(SentimentError) {
        typealias F = SentimentLexicon.BundledFile
        let emoji = try LexiconFile(path: directory + "/" + F.emoji)
        let boosters = try LexiconFile(path: directory + "/" + F.boosters)
        let negations = try LexiconFile(path: directory + "/" + F.negations)
        let idioms = try LexiconFile(path: directory + "/" + F.idioms)
        for f in [emoji, boosters, negations, idioms] { hasher.add(f) }
        try readEmoji(emoji, into: &d)
        try readBoosters(boosters, into: &d)
        try readNegations(negations, into: &d)
        try readIdioms(idioms, into: &d)
    }

    /// Reads `emoji_utf8_lexicon.txt`: emoji<TAB>description. Only single-code-point emoji can
    /// match, because the reference replaces text one code point at a time.
    static func readEmoji(_ file: LexiconFile, into d: inout LexiconDefinition) throws(SentimentError) {
        if readWellFormedEmoji(file, into: &d) { return }
        try readEmojiRows(file, into: &d)
    }

    /// ``readEmoji(_:into:)`` line by line, reporting every malformed line.
    static func readEmojiRows(_ file: LexiconFile, into d: inout LexiconDefinition) throws(SentimentError) {
        var byCodePoint: [UInt32: Int] = [:]
        try file.forEachRow(file.lines) { row, _ throws(SentimentError) in
            let f = row.fields
            guard f.count >= 2 else { throw file.malformed(row, "expected emoji<TAB>description") }
            let scalars = Array(f[0].unicodeScalars)
            guard scalars.count == 1 else { return }
            let entry = (scalars[0].value, Array(f[1].utf8))
            if let k = byCodePoint[scalars[0].value] { d.emoji[k] = entry } else {
                byCodePoint[scalars[0].value] = d.emoji.count
                d.emoji.append(entry)
            }
        }
    }

    /// ``readEmoji(_:into:)`` with each line's fields cut on bytes, for a file whose every line has two fields (else
    /// nothing is changed, false is returned, and the general reading reports the problem with its line): the same
    /// lines, trimmed the same way, give the same entries.
    static func readWellFormedEmoji(_ file: LexiconFile, into d: inout LexiconDefinition) -> Bool {
        var emoji = d.emoji
        var byCodePoint: [UInt32: Int] = [:]
        byCodePoint.reserveCapacity(4_096)
        let taken = file.allTrimmedLines { p, lo, hi in
            var line = LexiconFile.text(p, lo, hi)
            if line.isEmpty { return true }
            return line.withUTF8 { u -> Bool in
                var tab = 0
                while tab < u.count && u[tab] != 0x09 { tab += 1 }
                guard tab < u.count else { return false }
                var end = tab + 1
                while end < u.count && u[end] != 0x09 { end += 1 }
                let scalars = String(decoding: UnsafeBufferPointer(rebasing: u[0..<tab]), as: UTF8.self).unicodeScalars
                guard scalars.count == 1, let scalar = scalars.first else { return true }
                let entry = (scalar.value, Array(u[(tab + 1)..<end]))
                if let k = byCodePoint[scalar.value] { emoji[k] = entry } else {
                    byCodePoint[scalar.value] = emoji.count
                    emoji.append(entry)
                }
                return true
            }
        }
        if taken { d.emoji = emoji }
        return taken
    }

    /// Reads `vader_boosters.tsv`: term<TAB>increment|decrement.
    static func readBoosters(_ file: LexiconFile, into d: inout LexiconDefinition) throws(SentimentError) {
        try file.forEachRow(try file.dataLines(header: boosterHeader)) { row, seen throws(SentimentError) in
            let f = row.fields
            guard f.count == 2, let scalar = boosterEffects[f[1]] else {
                throw file.malformed(row, "expected term<TAB>increment|decrement")
            }
            try seen.check(f[0], line: row.number, path: file.path)
            d.boosters.append((SentimentTokenizer.words(of: f[0]), scalar))
        }
    }

    /// Reads `vader_negations.txt`: one term per line after the header.
    static func readNegations(_ file: LexiconFile, into d: inout LexiconDefinition) throws(SentimentError) {
        d.negations = try readWordList(file)
    }

    /// Reads a one-word-per-line list with the header `term` (negations, shifters).
    static func readWordList(_ file: LexiconFile) throws(SentimentError) -> [[UInt8]] {
        var words: [[UInt8]] = []
        try file.forEachRow(try file.dataLines(header: negationHeader)) { row, seen throws(SentimentError) in
            guard !row.text.contains(" "), !row.text.contains("\t") else { throw file.malformed(row, "expected one word per line") }
            try seen.check(row.text, line: row.number, path: file.path)
            words.append(Array(row.text.utf8))
        }
        return words
    }

    /// Reads `vader_idioms.tsv`: phrase<TAB>valence.
    static func readIdioms(_ file: LexiconFile, into d: inout LexiconDefinition) throws(SentimentError) {
        try file.forEachRow(try file.dataLines(header: idiomHeader)) { row, seen throws(SentimentError) in
            let f = row.fields
            guard f.count == 2 else { throw file.malformed(row, "expected phrase<TAB>valence") }
            try seen.check(f[0], line: row.number, path: file.path)
            let value = try file.number(f[1], line: row.number, range: SentimentLexicon.vaderRange)
            d.idioms.append((SentimentTokenizer.words(of: f[0]), value))
        }
    }

    /// Applies `news_adjustments.tsv`: term<TAB>score<TAB>reason; score 0 removes the term.
    static func applyAdjustments(_ file: LexiconFile, to d: inout LexiconDefinition) throws(SentimentError) {
        try file.forEachRow(try file.dataLines(header: adjustmentHeader)) { row, seen throws(SentimentError) in
            let f = row.fields
            guard f.count == 3, !f[2].isEmpty else { throw file.malformed(row, "expected term<TAB>score<TAB>reason") }
            try seen.check(f[0], line: row.number, path: file.path)
            let value = try file.number(f[1], line: row.number, range: SentimentLexicon.vaderRange)
            let term = Array(f[0].utf8)
            if value == 0 {
                guard d.removeTerm(term) else { throw file.malformed(row, "\"\(f[0])\" is not in the lexicon") }
            } else {
                d.setTerm(term, value)
            }
        }
    }

    /// Applies `news_idiom_removals.tsv`: phrase<TAB>reason; each phrase must be an idiom.
    static func removeIdioms(_ file: LexiconFile, from d: inout LexiconDefinition) throws(SentimentError) {
        try file.forEachRow(try file.dataLines(header: idiomRemovalHeader)) { row, seen throws(SentimentError) in
            let f = row.fields
            guard f.count == 2, !f[1].isEmpty else { throw file.malformed(row, "expected phrase<TAB>reason") }
            try seen.check(f[0], line: row.number, path: file.path)
            let words = SentimentTokenizer.words(of: f[0])
            guard let k = d.idioms.firstIndex(where: { $0.words == words }) else {
                throw file.malformed(row, "\"\(f[0])\" is not an idiom")
            }
            d.idioms.remove(at: k)
        }
    }

    /// Reads `news_neutral_phrases.txt`: one name per line after the header.
    static func readNeutralPhrases(_ file: LexiconFile, into d: inout LexiconDefinition) throws(SentimentError) {
        try file.forEachRow(try file.dataLines(header: neutralPhraseHeader)) { row, seen throws(SentimentError) in
            try seen.check(row.text.lowercased(), line: row.number, path: file.path)
            d.neutralPhrases.append(SentimentTokenizer.words(of: row.text))
        }
    }
}
