import Testing
@testable import GeoTone

@Suite struct CSVRecordParserTests {
    /// Parses `text` fed in chunks of `chunk` bytes; returns rows as `line:field|field` and errors as lines.
    func parse(_ text: String, chunk: Int = 1 << 20, maxFieldBytes: Int = 1000) -> (rows: [String], errors: [Int]) {
        let parser = CSVRecordParser(maxFieldBytes: maxFieldBytes)
        let bytes = Array(text.utf8)
        var rows: [String] = []
        var errors: [Int] = []
        func drain() {
            rows += parser.takeRows().map { "\($0.line):" + $0.fields.joined(separator: "|") }
            errors += parser.takeErrors().map(\.line)
        }
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            bytes[start..<end].withUnsafeBufferPointer { parser.feed($0) }
            drain()
            start = end
        }
        parser.finish()
        drain()
        return (rows, errors)
    }

    static let sample = "a,b\n\"x\ny\",\"q\"\"\"\n\n  \nlast,\"\"\r\nno newline,z"

    @Test(arguments: [1, 2, 3, 7, 1 << 20]) func recordLinesWhateverTheChunkSize(_ chunk: Int) {
        let (rows, errors) = parse(Self.sample, chunk: chunk)
        #expect(rows == ["1:a|b", "2:x\ny|q\"", "6:last|", "7:no newline|z"])
        #expect(errors.isEmpty)
    }

    @Test(arguments: [1, 5, 1 << 20]) func recoveryAfterStrayQuote(_ chunk: Int) {
        let (rows, errors) = parse("h\n\"open\nok1\nok2\n\"x\"y\nok3\n", chunk: chunk)
        // Record 2 opens a quote that closes on line 5 and then breaks: reported at line 2, lines 3... re-read.
        #expect(errors.first == 2)
        #expect(rows.contains("3:ok1") && rows.contains("4:ok2") && rows.contains("6:ok3"))
        #expect(rows.first == "1:h")
    }

    @Test func oversizedFieldIsCutAndReported() {
        let parser = CSVRecordParser(maxFieldBytes: 4)
        Array("abcdefgh,xy\n".utf8).withUnsafeBufferPointer { parser.feed($0) }
        parser.finish()
        #expect(parser.takeRows().map(\.fields) == [["abcd", "xy"]])
        #expect(parser.takeOversizedFieldLines() == [1])
    }

    @Test func recordCapSkipsToTheRecordsEnd() {
        let parser = CSVRecordParser(maxFieldBytes: 10)
        #expect(parser.maxRecordBytes == 20 + CSVRecordParser.recordSlackBytes)
        let long = "1,\"" + String(repeating: "x,\"\"\n", count: 20_000) + "\"\n2,ok\n"
        Array(long.utf8).withUnsafeBufferPointer { parser.feed($0) }
        parser.finish()
        #expect(parser.takeRows().map(\.line) == [20_002])
        #expect(parser.takeErrors().map(\.line) == [1])
    }

    @Test func tabDelimiter() {
        let parser = CSVRecordParser(delimiter: 0x09)
        Array("a\tb,c\n".utf8).withUnsafeBufferPointer { parser.feed($0) }
        parser.finish()
        #expect(parser.takeRows().map(\.fields) == [["a", "b,c"]])
    }
}

extension CSVRecordParserTests {
    /// Found by the fuzzer: libcsv ends a record at a lone CR, so records can share an (LF-counted) line.
    @Test func loneCarriageReturnEndsARecord() {
        let (rows, errors) = parse("id,text\r1,\"A \"\"q\"\"\",x\r\n2,y\n")
        #expect(rows == ["1:id|text", "1:1|A \"q\"|x", "2:2|y"])
        #expect(errors.isEmpty)
    }
}

extension CSVRecordParserTests {
    /// Found by the fuzzer (a field of invalid bytes cut at the cap decodes to more bytes): cuts never split
    /// a character, and invalid bytes become U+FFFD.
    @Test func cutFieldKeepsWholeCharacters() {
        let parser = CSVRecordParser(maxFieldBytes: 4)
        (Array("aé".utf8) + Array("éb,x\n".utf8)).withUnsafeBufferPointer { parser.feed($0) }
        parser.finish()
        #expect(parser.takeRows().map(\.fields) == [["aé", "x"]])
        let invalid = CSVRecordParser(maxFieldBytes: 4)
        ([0xB5, 0xB5, 0xB5, 0xB5, 0xB5] + Array(",x\n".utf8)).withUnsafeBufferPointer { invalid.feed($0) }
        invalid.finish()
        #expect(invalid.takeRows().map(\.fields) == [[String(repeating: "\u{FFFD}", count: 4), "x"]])
    }
}

extension CSVRecordParserTests {
    /// Found by the fuzzer: a record that starts after a lone CR and then breaks on the next line is reported
    /// at the line where it started, and the lines after it keep their numbers.
    @Test(arguments: [1, 4, 63]) func recordAfterLoneCarriageReturnKeepsItsLine(_ chunk: Int) {
        let (rows, errors) = parse("a,b\r1,\"x\nbad\"y\nlast,z", chunk: chunk)
        #expect(errors == [1, 2])
        #expect(rows == ["1:a|b", "3:last|z"])
    }
}

extension CSVRecordParserTests {
    /// Found by the fuzzer: a record that opens after a lone CR on a later line of a multi-line record, and
    /// never closes, is re-read from the line after its own start, not after the first record's.
    @Test(arguments: [1, 9, 1 << 20]) func unterminatedRecordAfterLoneCarriageReturn(_ chunk: Int) {
        let (rows, errors) = parse("h,i\r0,\"a\nb\",c\r1,\"open\nlast,z", chunk: chunk)
        #expect(errors == [2])
        #expect(rows == ["1:h|i", "1:0|a\nb|c", "3:last|z"])
    }
}
