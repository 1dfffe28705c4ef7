extension Scan {
    /// Whether tokens `i..<j` may be read as `term`: its case rule and the context rules hold.
    ///
    /// Rules, in order (each in `Documentation/Detection.md`):
    /// - case: `fold`, `title` (a capital first), `exact` (byte-equal);
    /// - a wire ticker in angle brackets (`<UK>`) names no place;
    /// - a language, not a people: a demonym after `in`, `speaks`… that no noun follows (`in Spanish`), or before
    ///   `speakers`, `lessons`… (`French lessons`);
    /// - a street or a local building: a name followed, within two capitalised words, by a facility word
    ///   (`Dublin Road`, `Paris High School`);
    /// - a surname: any alias directly after a given name (`Andrew Jordan`, `Monica French`);
    /// - a name: an ambiguous alias of one word (one with context rules, not a demonym) followed, after white space
    ///   only, by another capitalised word that starts no alias and is no office (`Jordan Ellis`, `Chad Smith`; not `Chad President`),
    ///   except in title-case sentences (headlines) and in capitals;
    /// - the alias's rules from `context.tsv` and `caps_context.tsv`.
    mutating func accepts(_ term: CountryMatcher.Term, _ tok: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                          _ i: Int, _ j: Int, _ sentence: Range<Int>, nextStartsAlias: Bool, titleCase: inout Bool?) -> Verdict {
        switch term.caseRule {
        case .fold:
            break
        case .title:
            if !tok[i].flags.contains(.firstUpper) { return .rejectedByCase }
        case .exact:
            if !exactHolds(term, tok, bytes, i) { return .rejectedByCase }
        }
        if term.target < 0 { return .accepted }   // a stop phrase
        let first = tok[i], last = tok[j - 1]
        if first.start > 0 && bytes[Int(first.start) - 1] == UInt8(ascii: "<")
            && Int(last.end) < bytes.count && bytes[Int(last.end)] == UInt8(ascii: ">") {
            return .rejectedByContext(spreads: false)
        }
        let hasPrevious = i > sentence.lowerBound, hasNext = j < sentence.upperBound
        if term.kind == .demonym {
            if hasPrevious && m.cues.languageBefore.contains(tok[i - 1].hash) {
                let nextIsNoun = hasNext && tok[j].flags.contains(.hasLetter) && !tok[j].flags.contains(.firstUpper)
                    && !m.cues.languageLink.contains(tok[j].hash)
                if !nextIsNoun { return .rejectedByContext(spreads: false) }
            }
            if hasNext && m.cues.notCountryAfter.contains(tok[j].hash) { return .rejectedByContext(spreads: false) }
        }
        if hasNext && term.kind != .region && partOfFacilityName(tok, bytes, j, sentence) { return .rejectedByContext(spreads: false) }
        let caps = first.flags.contains(.allCapsSegment)
        if term.caseRule != .exact && hasPrevious && !caps && m.cues.givenNames.contains(tok[i - 1].hash)
            && tok[i - 1].flags.contains(.firstUpper) && !tok[i - 1].flags.contains(.allUpper)
            && Scan.gap(tok, bytes, after: i - 1, comma: false) {
            return .rejectedByContext(spreads: term.kind != .demonym)
        }
        if term.ruleRange.isEmpty { return .accepted }
        if term.caseRule == .title, term.kind != .demonym, j == i + 1, hasNext, !caps, !nextStartsAlias,
           !first.flags.contains(.hyphenAfter), !first.flags.contains(.possessive),
           tok[j].flags.contains(.firstUpper), tok[j].flags.contains(.hasLetter), !tok[j].flags.contains(.allUpper),
           !m.cues.office.contains(tok[j].hash), Scan.gap(tok, bytes, after: i, comma: false) {
            if titleCase == nil { titleCase = isTitleCase(sentence, tok) }
            if titleCase == false { return .rejectedByContext(spreads: true) }
        }
        let spreads = term.kind != .demonym
        for r in m.rules[term.ruleRange] where !r.capsOnly || caps {
            switch r.kind {
            case .blockIfPrev:
                if hasPrevious && tok[i - 1].hash == r.word { return .rejectedByContext(spreads: spreads) }
            case .blockIfNext:
                if hasNext && tok[j].hash == r.word { return .rejectedByContext(spreads: spreads) }
            case .blockIfNear:
                for k in max(sentence.lowerBound, i - r.window)..<i where tok[k].hash == r.word {
                    return .rejectedByContext(spreads: spreads)
                }
                for k in j..<min(sentence.upperBound, j + r.window) where tok[k].hash == r.word {
                    return .rejectedByContext(spreads: spreads)
                }
            }
        }
        return .accepted
    }

    /// Whether a facility word (`Road`, `School`) comes at token `j` or, after one more capitalised word, at `j + 1`.
    func partOfFacilityName(_ tok: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ j: Int,
                            _ sentence: Range<Int>) -> Bool {
        var k = j
        while k < min(sentence.upperBound, j + 2) {
            guard tok[k].flags.contains(.firstUpper), Scan.gap(tok, bytes, after: k - 1, comma: false) else { return false }
            if m.cues.facility.contains(tok[k].hash) { return true }
            k += 1
        }
        return false
    }

    /// One sense per discourse, per reading: a name whose place reading was rejected somewhere in the text
    /// (`Jordan Ellis`, `Savannah … Georgia`) is dropped where nothing confirms it (`King Abdullah of Jordan`
    /// keeps it); a name the text also writes in lower case (`turkey prices`) is dropped where it starts a
    /// sentence or stands in capitals.
    mutating func spreadRejections(tok: UnsafeBufferPointer<Token>, out: inout [Mention]) {
        guard !blockedTerms.isEmpty || !lowercaseTerms.isEmpty else { return }
        var keep = base
        var keptInfo: [MentionInfo] = []
        keptInfo.reserveCapacity(work.info.count)
        for k in base..<out.count {
            let inf = work.info[k - base]
            let mention = out[k]
            if inf.term >= 0 && !inf.settled {
                let first = tok[Int(mention.tokenStart)].flags
                let initial = first.contains(.sentenceInitial) || first.contains(.allCapsSegment)
                if (blockedTerms.contains(inf.term) && !inf.confirmed) || (lowercaseTerms.contains(inf.term) && initial) {
                    continue
                }
            }
            out[keep] = mention
            keptInfo.append(inf)
            keep += 1
        }
        out.removeLast(out.count - keep)
        work.info = keptInfo
    }

    /// The dateline's place named again in the text is that place: `EDMONTON, Ky. — … Edmonton police` is in the
    /// US, whatever else `Edmonton` names.
    mutating func readDatelinePlace(_ dateline: DatelineHint, tok: UnsafeBufferPointer<Token>, out: inout [Mention]) {
        guard !dateline.place.isEmpty else { return }
        let country = Int32(dateline.country)
        for k in base..<out.count where !work.info[k - base].settled && out[k].entity.rawValue != country
            && out[k].entity.rawValue < m.countryCount && Int(out[k].tokenEnd - out[k].tokenStart) == dateline.place.count {
            let old = out[k]
            guard zip(Int(old.tokenStart)..<Int(old.tokenEnd), dateline.place).allSatisfy({ tok[$0].hash == $1 }) else { continue }
            out[k] = old.reading(country)
            work.info[k - base].settled = true
        }
    }

    /// Homonyms: a name that also names a place in another country (`homonyms.tsv`: `Athens` in Georgia, US) is
    /// read as that place when the text has local evidence of that country (a state, a city, a county, a
    /// qualified place, or the dateline) and nothing else names the name's own country (`Greece`, `Greek`); a
    /// country's name must also be written as a town's somewhere in the text (`a Lebanon woman`, `Lebanon police`),
    /// unless it is a state's name of that country (`Georgia`). A city
    /// or capital that nothing else in the text places in its country, in a text whose local evidence all points to
    /// one other country through at least ``CountryMatcher/minimumLocalPlaces`` of its places (the dateline not
    /// counted), is read as a town of that country too (`Kingston, south of Brisbane … Queensland`: Australia).
    mutating func readHomonyms(dateline: DatelineHint?, tok: UnsafeBufferPointer<Token>, out: inout [Mention]) {
        guard out.count > base else { return }
        if let dateline { readDatelinePlace(dateline, tok: tok, out: &out) }
        // Only a text with a name that may read as another country's place needs the evidence below.
        var candidates = false
        for k in base..<out.count where out[k].entity.rawValue < m.countryCount {
            let inf = work.info[k - base]
            guard inf.term >= 0 && !inf.settled else { continue }
            if !m.terms[Int(inf.term)].homonyms.isEmpty || out[k].kind == .city || out[k].kind == .capital {
                candidates = true
                break
            }
        }
        guard candidates else { return }
        // Evidence per country: the terms naming it (a qualified place counts on its own), and the local ones. Dense
        // per-country arrays and a short sorted list: a text has few mentions, and hashing them into sets cost more.
        let countries = Int(m.countryCount)
        // Per country: `Int64.max` when nothing names it, the one key naming it, or `Int64.min` for several keys.
        // The arrays are the scratch's, kept from text to text: filled afresh here.
        if work.namedKey.count != countries {
            work.namedKey = [Int64](repeating: Int64.max, count: countries)
            work.hasLocal = [Bool](repeating: false, count: countries)
        }
        work.namedKey.withUnsafeMutableBufferPointer { $0.update(repeating: Int64.max) }
        work.hasLocal.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
        if !work.local.isEmpty { work.local.removeAll(keepingCapacity: true) }
        if !work.places.isEmpty { work.places.removeAll(keepingCapacity: true) }
        for k in base..<out.count {
            let e = out[k].entity.rawValue
            guard e < m.countryCount else { continue }
            let inf = work.info[k - base]
            let open = inf.term >= 0 && !inf.settled
            let explicit = open && !m.terms[Int(inf.term)].homonyms.isEmpty
            if explicit { continue }
            let key = open ? inf.term : -1 - Int32(k - base)
            let seen = work.namedKey[Int(e)]
            if seen == Int64.max { work.namedKey[Int(e)] = Int64(key) } else if seen != Int64(key) { work.namedKey[Int(e)] = Int64.min }
            if (inf.settled && out[k].kind != .prefix) || out[k].kind == .place || out[k].kind == .city {
                work.local.append((e, key))
                work.hasLocal[Int(e)] = true
            }
        }
        if let d = dateline?.country, d >= 0, d < countries { work.hasLocal[d] = true }
        // Country names used as a town's name somewhere in the text (`a Lebanon woman`).
        var townTerms: Set<Int32> = []
        for inf in work.info where inf.town && inf.term >= 0 { townTerms.insert(inf.term) }
        // The countries with local evidence beyond the dateline, each with its number of distinct places.
        work.local.sort { ($0.country, $0.key) < ($1.country, $1.key) }
        for (n, pair) in work.local.enumerated() {
            if n > 0 && work.local[n - 1].country == pair.country {
                if work.local[n - 1].key != pair.key { work.places[work.places.count - 1].count += 1 }
            } else {
                work.places.append((pair.country, 1))
            }
        }
        for k in base..<out.count {
            let inf = work.info[k - base]
            let old = out[k]
            let own = old.entity.rawValue
            // Nothing but this term names its own country.
            guard inf.term >= 0 && !inf.settled && own < m.countryCount,
                  work.namedKey[Int(own)] == Int64.max || work.namedKey[Int(own)] == Int64(inf.term) else { continue }
            let term = m.terms[Int(inf.term)]
            var other: Int32?
            if !term.homonyms.isEmpty {
                // A country's name is a town's only where the text writes it as one (`a Lebanon woman`); a state's
                // name (Georgia) needs only the local evidence.
                let asTown = term.kind != .name || townTerms.contains(inf.term)
                other = m.homonymCountries[term.homonyms].first { country in
                    country >= 0 && country < m.countryCount && work.hasLocal[Int(country)] && (asTown || term.qualifierCountry == country)
                }
            }
            if other == nil && (old.kind == .city || old.kind == .capital) {
                // Only a text local to one other country, named by at least two of its places (the dateline
                // alone does not make `MOSCOW (Reuters)` local news: Beijing stays China there).
                var elsewhere = 0
                var only: (country: Int32, count: Int)?
                for entry in work.places where entry.country != own {
                    elsewhere += 1
                    only = entry
                }
                if elsewhere == 1, let only, only.count >= CountryMatcher.minimumLocalPlaces {
                    other = only.country
                }
            }
            guard let other else { continue }
            out[k] = old.reading(other)
        }
    }
}
