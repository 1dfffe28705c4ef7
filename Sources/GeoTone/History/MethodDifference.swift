/// What differs between the methods of two runs, in words: changed options, lexicon, gazetteer, tool version.
public enum MethodDifference {
    /// One line per difference between `a` and `b`; empty when the methods are the same.
    public static func lines(_ a: RunRecord, _ b: RunRecord) -> [String] {
        var lines: [String] = []
        if a.optionsHash != b.optionsHash {
            let optionsA = Dictionary(fields(a.optionsJSON), uniquingKeysWith: { first, _ in first })
            let optionsB = Dictionary(fields(b.optionsJSON), uniquingKeysWith: { first, _ in first })
            let keys = Set(optionsA.keys).union(optionsB.keys).sorted()
            var changed = 0
            for key in keys where optionsA[key] != optionsB[key] {
                lines.append("option \(key): \(optionsA[key] ?? "(absent)") -> \(optionsB[key] ?? "(absent)")")
                changed += 1
            }
            if changed == 0 { lines.append("options differ (hash \(a.optionsHash.prefix(12)) -> \(b.optionsHash.prefix(12)))") }
        }
        if a.lexiconChecksum != b.lexiconChecksum {
            lines.append("lexicon checksum: \(a.lexiconChecksum.prefix(12)) -> \(b.lexiconChecksum.prefix(12))")
        }
        if a.gazetteerChecksum != b.gazetteerChecksum {
            lines.append("gazetteer checksum: \(a.gazetteerChecksum.prefix(12)) -> \(b.gazetteerChecksum.prefix(12))")
        }
        if a.toolVersion != b.toolVersion { lines.append("tool version: \(a.toolVersion) -> \(b.toolVersion)") }
        return lines
    }

    /// The top-level `key: value` pairs of a flat JSON object as written by geotone (values kept as JSON text).
    static func fields(_ json: String) -> [(String, String)] {
        var parts: [String] = [], current = "", depth = 0, inString = false, escaped = false
        for ch in json.dropFirst().dropLast() {
            if inString {
                current.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
                continue
            }
            switch ch {
            case "\"": inString = true; current.append(ch)
            case "[", "{": depth += 1; current.append(ch)
            case "]", "}": depth -= 1; current.append(ch)
            case "," where depth == 0: parts.append(current); current = ""
            default: current.append(ch)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.compactMap { part in
            // The key is a quoted string without escapes (geotone's option names); the value follows the colon.
            guard part.hasPrefix("\""), let close = part.dropFirst().firstIndex(of: "\"") else { return nil }
            let key = String(part[part.index(after: part.startIndex)..<close])
            let rest = part[part.index(after: close)...]
            guard rest.first == ":" else { return nil }
            return (key, String(rest.dropFirst()))
        }
    }
}
