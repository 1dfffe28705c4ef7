/// The article objects inside a news API's response: a `.json` file whose top-level object is not an article but
/// wraps a list of them, as downloads from news APIs do — `{"status": "ok", "articles": [{…}, …]}` (NewsAPI, GDELT's
/// DOC API), `{"response": {"results": […]}}` (The Guardian), `{"response": {"docs": […]}}` (The New York Times),
/// `{"articles": {"results": […]}}` (Event Registry).
///
/// An object is such an envelope when it has no member that names an article's text (the `text` and `summary`
/// names of `Datasets/ingest/fields.tsv`, or `--text-field`) and one of its members named in ``listNames`` is a
/// non-empty array of objects only, directly or inside a member named in ``wrapperNames`` (two levels at most). The
/// first such array, in the file's order, holds the articles; the envelope's other members are not read.
enum JSONEnvelope {
    /// Member names of the article list.
    static let listNames: Set<String> = ["articles", "results", "docs", "documents", "items", "stories", "news",
                                         "entries", "posts", "records", "data", "value"]
    /// Member names of an object that may hold the list one level down.
    static let wrapperNames: Set<String> = ["response", "data", "result", "results", "articles", "body", "payload"]
    /// How many wrapper objects may stand between the top-level object and the list.
    static let maxWrapperDepth = 2

    /// Where the envelope's articles are: the dotted path of the list's member and the byte range of each element.
    struct List: Equatable {
        var path: String
        var elements: [Range<Int>]
    }

    /// The article list of `object` (the bytes of one top-level JSON object), or nil when it is not an envelope.
    /// `textNames`: lower-cased member names that make the object an article itself.
    static func list(in object: UnsafeBufferPointer<UInt8>, textNames: Set<String>) -> List? {
        var scanner = Scanner(bytes: object)
        scanner.skipSpace()
        guard scanner.peek == UInt8(ascii: "{") else { return nil }
        let start = scanner.i
        guard let keys = scanner.memberNames(), !keys.contains(where: { textNames.contains($0.lowercased()) }) else { return nil }
        scanner.i = start
        return scanner.findList(wrappers: maxWrapperDepth, path: "")
    }

    /// The member names of a text field list: a dotted path counts by its first name.
    static func textNames(_ fields: FieldNames) -> Set<String> {
        let names = fields.names[FieldNames.Role.text.rawValue] + fields.names[FieldNames.Role.summary.rawValue]
        return Set(names.map { String($0.split(separator: ".", maxSplits: 1).first ?? "").lowercased() })
    }

    /// A forward-only reader of JSON bytes that skips values without decoding them. Malformed input ends the search
    /// (nil); the record parser then reports the object as it would without this step.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        /// At `{`: the names of the object's members, or nil when it is malformed.
        mutating func memberNames() -> [String]? {
            var names: [String] = []
            return forEachMember { _, key in names.append(key); return nil } ? names : nil
        }

        /// At `{`: looks through the object's members for the list; leaves `i` after the object when none is found.
        mutating func findList(wrappers: Int, path: String) -> List? {
            var found: List?
            _ = forEachMember { scanner, key in
                let name = path.isEmpty ? key : path + "." + key
                let start = scanner.i
                if JSONEnvelope.listNames.contains(key), scanner.peek == UInt8(ascii: "[") {
                    if let elements = scanner.objectElements(), !elements.isEmpty { found = List(path: name, elements: elements) }
                } else if wrappers > 0, JSONEnvelope.wrapperNames.contains(key), scanner.peek == UInt8(ascii: "{") {
                    found = scanner.findList(wrappers: wrappers - 1, path: name)
                }
                scanner.i = start
                return found
            }
            return found
        }

        /// At `{`: calls `visit` for each member with its name and `i` at its value, then skips the value, until
        /// `visit` returns a list (the search ends there) or the object ends. False when the object is malformed.
        mutating func forEachMember(_ visit: (inout Scanner, String) -> List?) -> Bool {
            i += 1
            while true {
                skipSpace()
                guard let b = peek else { return false }
                if b == UInt8(ascii: "}") { i += 1; return true }
                if b == UInt8(ascii: ",") { i += 1; continue }
                guard b == UInt8(ascii: "\""), let key = readKey() else { return false }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return false }
                i += 1
                skipSpace()
                if visit(&self, key) != nil { return true }
                guard skipValue() else { return false }
            }
        }

        /// At `[`: the ranges of its elements when every one is an object, else nil (`i` is then undefined).
        mutating func objectElements() -> [Range<Int>]? {
            i += 1
            var elements: [Range<Int>] = []
            while true {
                skipSpace()
                guard let b = peek else { return nil }
                if b == UInt8(ascii: "]") { i += 1; return elements }
                if b == UInt8(ascii: ",") { i += 1; continue }
                guard b == UInt8(ascii: "{") else { return nil }
                let start = i
                guard skipValue() else { return nil }
                elements.append(start..<i)
            }
        }

        /// At `"`: the key's bytes as a String when it has no escape (names with escapes are never list names).
        mutating func readKey() -> String? {
            let start = i + 1
            guard skipString() else { return nil }
            let body = UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)])
            if body.contains(UInt8(ascii: "\\")) { return "" }
            return String(decoding: body, as: UTF8.self)
        }

        /// At `"`: moves past the closing quote.
        mutating func skipString() -> Bool {
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == UInt8(ascii: "\\") { i += 1 } else if b == UInt8(ascii: "\"") { return true }
            }
            return false
        }

        /// Moves past one value: brackets are counted outside strings.
        mutating func skipValue() -> Bool {
            guard let first = peek else { return false }
            if first == UInt8(ascii: "\"") { return skipString() }
            if first != UInt8(ascii: "{") && first != UInt8(ascii: "[") {
                while let b = peek, b != UInt8(ascii: ","), b != UInt8(ascii: "}"), b != UInt8(ascii: "]") { i += 1 }
                return true
            }
            var depth = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    guard skipString() else { return false }
                    continue
                }
                i += 1
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                    depth += 1
                } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return true }
                }
            }
            return false
        }
    }
}
