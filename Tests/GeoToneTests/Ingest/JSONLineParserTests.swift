import Testing
@testable import GeoTone

@Suite struct JSONLineParserTests {
    func fields(_ line: String, depth: Int = 64) throws -> [String: String] {
        let bytes = Array(line.utf8)
        return try bytes.withUnsafeBufferPointer { try JSONLineParser.topLevelFields($0, maxDepth: depth) }
    }

    @Test func readsTopLevelStringsAndNumbers() throws {
        let f = try fields(#"{"id": "x1", "text":"France", "n": -1.5e3, "tags": ["a", {"b": null}], "ok": true}"#)
        #expect(f == ["id": "x1", "text": "France", "n": "-1.5e3"])
    }

    @Test func escapes() throws {
        let f = try fields(#"{"text":"a\"b\\c\/d\n\t\r\b\f \u00e9"}"#)
        #expect(f["text"] == "a\"b\\c/d\n\t\r\u{08}\u{0C} é")
    }

    @Test func surrogatePairs() throws {
        #expect(try fields(#"{"text":"\ud83d\ude00"}"#)["text"] == "😀")
        // A lone high surrogate followed by a non-surrogate escape becomes U+FFFD.
        #expect(try fields(#"{"text":"\ud83d\u0041"}"#)["text"] == "\u{FFFD}A")
        // A lone surrogate cannot be a scalar: replaced.
        #expect(try fields(#"{"text":"\udc00x"}"#)["text"] == "\u{FFFD}x")
    }

    @Test func depthCap() throws {
        let deep = #"{"x":"# + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}"
        #expect(throws: JSONLineError.self) { try fields(deep) }
        let ok = #"{"x":"# + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + #","text":"y"}"#
        #expect(try fields(ok)["text"] == "y")
        #expect(throws: JSONLineError.self) { try fields(ok, depth: 5) }
    }

    @Test func tenThousandDeepFailsWithoutCrashing() {
        let deep = #"{"x":"# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        #expect(throws: JSONLineError.self) { try fields(deep) }
    }

    @Test(arguments: [
        "", "{", "[]", #"{"a"}"#, #"{"a":}"#, #"{"a":"b",}"#, #"{"a":"b"} x"#, #"{"a":"\q"}"#, #"{"a":"\u12"}"#,
        "{\"a\":\"tab\there\"}", #"{"a":tru}"#, #"{"a":-}"#, #"{"a":"unterminated}"#, #"{'a':'b'}"#,
    ]) func rejectsMalformed(_ line: String) {
        #expect(throws: JSONLineError.self) { try fields(line) }
    }

    @Test func errorCarriesOffset() {
        do {
            _ = try fields(#"{"a":"b" "c"}"#)
            Issue.record("should throw")
        } catch let error as JSONLineError {
            #expect(error.offset == 9)
            #expect(error.description.contains("at byte 10"))
        } catch { Issue.record("wrong error \(error)") }
    }

    @Test func duplicateKeysKeepTheLast() throws {
        #expect(try fields(#"{"text":"a","text":"b"}"#)["text"] == "b")
    }
}
