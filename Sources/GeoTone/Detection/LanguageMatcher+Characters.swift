/// Chinese and Japanese: aliases matched on characters, longest first, with no word breaks to rely on.
extension LanguageMatcher {
    mutating func addPhrase(_ alias: Alias) {
        let scalars = Array(alias.surface.unicodeScalars)
        let entry = Int32(entries.count)
        if scalars.count == 1 && alias.kind == .abbreviation {
            guard compounds[scalars[0]] == nil else { return }
            compounds[scalars[0]] = entry
        } else {
            guard phrases[alias.surface] == nil else { return }
            phrases[alias.surface] = entry
            longestPhrase = max(longestPhrase, scalars.count)
            let known = phraseLengths[scalars[0]] ?? (scalars.count, scalars.count)
            phraseLengths[scalars[0]] = (min(known.shortest, scalars.count), max(known.longest, scalars.count))
        }
        entries.append(Entry(target: alias.target, kind: alias.kind, caseRule: .fold, words: [alias.surface], stem: [false]))
    }

    /// Katakana letters and the prolonged sound mark (`ー`), not the middle dot.
    static func isKatakana(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x30A1 && s.value <= 0x30FA) || s.value == 0x30FC || s.value == 0x30FD || s.value == 0x30FE
            || (s.value >= 0xFF66 && s.value <= 0xFF9F)
    }

    /// From each character the longest alias is taken; in Japanese a katakana alias must start and end where its
    /// katakana run does (`タイ` is not in `タイトル`). One-character abbreviations (`中`, `美`, `日`) count only
    /// in a run of two or more (`中美`, `日米`), not after a digit or numeral (`8日中`), and not when the run's
    /// last character starts a longer alias (`中美国` is China and the United States once each).
    func matchCharacters(_ bytes: UnsafeBufferPointer<UInt8>, sentenceStarts: [Int], into mentions: inout [Mention]) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        Self.decode(bytes) { s, offset in scalars.append(s); offsets.append(offset) }
        offsets.append(bytes.count)
        let n = scalars.count
        func emit(_ e: Int32, _ from: Int, _ to: Int) {
            let entry = entries[Int(e)]
            guard kinds.contains(entry.kind) else { return }
            mentions.append(Mention(entity: entry.target, kind: entry.kind, tokenStart: Int32(from), tokenEnd: Int32(to),
                                    byteStart: Int32(offsets[from]), byteEnd: Int32(offsets[to]),
                                    sentence: Int32(Self.sentence(of: offsets[from], starts: sentenceStarts))))
        }
        func phrase(at i: Int, minimum: Int) -> (entry: Int32, length: Int)? {
            guard let lengths = phraseLengths[scalars[i]] else { return nil }
            var length = min(lengths.longest, n - i)
            let shortest = max(minimum, lengths.shortest)
            while length >= shortest {
                if let e = phrases[String(String.UnicodeScalarView(scalars[i..<(i + length)]))] {
                    let boundary = !rules.katakanaBoundary
                        || ((!Self.isKatakana(scalars[i]) || i == 0 || !Self.isKatakana(scalars[i - 1]))
                            && (!Self.isKatakana(scalars[i + length - 1]) || i + length == n || !Self.isKatakana(scalars[i + length])))
                    if boundary { return (e, length) }
                }
                length -= 1
            }
            return nil
        }
        var i = 0
        while i < n {
            if let (e, length) = phrase(at: i, minimum: 1) {
                emit(e, i, i + length)
                i += length
                continue
            }
            if compounds[scalars[i]] != nil && (i == 0 || !rules.compoundNotAfter.contains(scalars[i - 1])) {
                var run = 1
                while i + run < n, compounds[scalars[i + run]] != nil, phrase(at: i + run, minimum: 2) == nil { run += 1 }
                if run >= 2 {
                    for k in i..<(i + run) { emit(compounds[scalars[k]]!, k, k + 1) }
                    i += run
                    continue
                }
            }
            i += 1
        }
    }
}
