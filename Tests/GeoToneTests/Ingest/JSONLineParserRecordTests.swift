import Testing
@testable import GeoTone

/// The article-field path of the JSON line parser: only known fields are built, every string is checked for UTF-8.
@Suite struct JSONLineParserRecordTests {
    func record(_ bytes: [UInt8], depth: Int = 64) throws -> (fields: RecordFields, validUTF8: Bool) {
        var scratch: [UInt8] = []
        return try bytes.withUnsafeBufferPointer { try JSONLineParser.recordFields($0, maxDepth: depth, scratch: &scratch) }
    }

    func record(_ line: String) throws -> (fields: RecordFields, validUTF8: Bool) { try record(Array(line.utf8)) }

    @Test func fieldsInAnyOrderAndUnknownNestedFieldsSkipped() throws {
        let line = #"{"url":"u","tags":[{"a":{"b":["c",1,true,null]}}],"text":"Body","x":"y","dateline":"D","id":7,"#
            + #""source":"s","meta":{"text":"not this"},"date":"2024-01-02","title":"T"}"#
        let r = try record(line)
        let f = r.fields
        #expect([f.id, f.title, f.text, f.date, f.dateline, f.source, f.url] == ["7", "T", "Body", "2024-01-02", "D", "s", "u"])
        #expect(r.validUTF8)
    }

    @Test func escapeFreeAndEscapedStringsGiveTheSameAsTheGeneralParser() throws {
        let lines = [
            #"{"text":"plain ASCII text that is longer than eight bytes"}"#,
            #"{"text":"Bogotá and São Paulo — “quoted”"}"#,
            #"{"text":"line\none\n\nline \"two\" \\ \/ \t\r\b\f end"}"#,
            #"{"text":"\u00e9\u4e2d\ud83d\ude00\ud83d\u0041\udc00x\ud83d"}"#,
            #"{"text":"mixed é\n\u00e9 ünï"}"#,
            #"{"text":""}"#, #"{"text":"\n"}"#, #"{"text":"é"}"#,
        ]
        for line in lines {
            let all = try Array(line.utf8).withUnsafeBufferPointer { try JSONLineParser.topLevelFields($0, maxDepth: 64) }
            #expect(try record(line).fields.text == all["text"], "\(line)")
        }
    }

    /// A quote, backslash or control byte at every position of strings around the eight-byte block size.
    @Test func specialBytesAtEveryPosition() throws {
        for length in 0..<20 {
            for position in 0...length {
                let plain = String(repeating: "a", count: length)
                let index = plain.index(plain.startIndex, offsetBy: position)
                let escaped = plain[..<index] + #"\""# + plain[index...]
                #expect(try record(#"{"text":""# + escaped + #""}"#).fields.text == String(plain[..<index]) + "\"" + plain[index...])
                let withControl = Array(#"{"text":""#.utf8) + Array(plain.utf8)[..<position] + [0x01]
                    + Array(plain.utf8)[position...] + Array(#""}"#.utf8)
                #expect(throws: JSONLineError.self) { try record(withControl) }
                let unterminated = Array(#"{"text":""#.utf8) + Array(plain.utf8)[..<position]
                #expect(throws: JSONLineError.self) { try record(unterminated) }
            }
        }
    }

    @Test func invalidUTF8IsRepairedInKeptFieldsAndNoticedEverywhere() throws {
        let head = Array(#"{"text":"ok","#.utf8)
        // In a kept field: repaired, and noticed.
        let kept = try record(Array(#"{"text":"a"#.utf8) + [0xC3] + Array(#"\nb"}"#.utf8))
        #expect(kept.fields.text == "a\u{FFFD}\nb")
        #expect(!kept.validUTF8)
        // In an unknown field, a nested value, a nested key or a top-level key: noticed.
        for tail in [Array(#""x":"a"#.utf8) + [0xFF] + Array(#""}"#.utf8),
                     Array(#""x":["a\n"#.utf8) + [0xE2, 0x82] + Array(#""]}"#.utf8),
                     Array(#""x":{""#.utf8) + [0x80] + Array(#"":1}}"#.utf8),
                     [0x22, 0xF5, 0x22] + Array(#":"v"}"#.utf8)] {
            let r = try record(head + tail)
            #expect(r.fields.text == "ok")
            #expect(!r.validUTF8)
        }
        #expect(try record(#"{"text":"é","x":["ü",{"ö":"—"}]}"#).validUTF8)
    }

    @Test func keysMatchWithoutCaseEvenWhenEscaped() throws {
        #expect(try record(#"{"te\u0078t":"escaped key"}"#).fields.text == "escaped key")
        #expect(try record(#"{"texts":"b","tex":"c","":"d"}"#).fields.text == nil)
        #expect(try record(#"{"TEXT":"a","Title":"t"}"#).fields.title == "t")
        for role in FieldNames.Role.allCases where role != .summary {
            #expect(try record(#"{""# + role.name + #"":"v"}"#).fields[role] == "v")
        }
    }

    @Test func lastStringOrNumberWinsAndOtherValuesKeepTheEarlier() throws {
        #expect(try record(#"{"text":"a","text":"b"}"#).fields.text == "b")
        #expect(try record(#"{"text":"a","text":{"b":1}}"#).fields.text == "a")
        #expect(try record(#"{"id":-1.5e3,"text":"a"}"#).fields.id == "-1.5e3")
    }

    @Test func errorsMatchTheGeneralParser() {
        let lines = [#"{"a":"b" "c"}"#, #"{"x":"\q"}"#, #"{"x":"\u12"}"#, #"{"text":"a\"#, #"{"x":[1,}"#, "{\"x\":\"a\u{01}\"}"]
        for line in lines {
            let bytes = Array(line.utf8)
            var general: JSONLineError?
            var fast: JSONLineError?
            do { _ = try bytes.withUnsafeBufferPointer { try JSONLineParser.topLevelFields($0, maxDepth: 64) } } catch { general = error as? JSONLineError }
            do { _ = try record(bytes) } catch { fast = error as? JSONLineError }
            #expect(general != nil && general == fast, "\(line)")
        }
    }

    @Test func depthCap() {
        let line = #"{"text":"y","x":"# + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + "}"
        #expect(throws: JSONLineError.self) { try record(Array(line.utf8), depth: 5) }
    }
}
