import Testing
@testable import GeoTone

/// What a run records of its options: the settings in effect, including the reader's.
@Suite struct AnalysisOptionsTests {
    @Test func recordsTheMentionKindsInEffect() {
        let options = AnalysisOptions(inputs: ["in"], outDirectory: "out", datasetsDirectory: "d", jobs: 1)
        let defaults = MentionKind.defaultKinds.map(\.rawValue).sorted().map { "\"\($0)\"" }.joined(separator: ",")
        #expect(options.methodJSON.contains("\"mention_kinds\":[\(defaults)]"))
    }

    @Test func recordsTheReaderOptions() {
        var options = AnalysisOptions(inputs: ["in"], outDirectory: "out", datasetsDirectory: "d", jobs: 1)
        options.fieldOverrides = [.text: ["title", "description"], .date: ["meta.published"]]
        options.delimiter = UInt8(ascii: ";")
        options.columns = ["label", "title", "text"]
        options.dateFormat = DateFormat("%d/%m/%Y")
        options.timeZoneOffset = 3600
        options.encoding = .windows1252
        let json = options.methodJSON
        for part in [#""fields":{"text":["title","description"],"date":["meta.published"]}"#, #""csv_delimiter":";""#,
                     #""csv_columns":["label","title","text"]"#, #""date_format":"%d/%m/%Y""#, #""timezone_offset":3600"#,
                     #""encoding":"windows-1252""#, #""date_from_file_time":false"#] {
            #expect(json.contains(part), "\(part) missing in \(json)")
        }
        let reader = options.ingestOptions(fields: FieldNames.roleNames)
        #expect(reader.fields.names[FieldNames.Role.text.rawValue] == ["title", "description"])
        #expect(reader.fields.names[FieldNames.Role.summary.rawValue].isEmpty)
        #expect(reader.delimiter == UInt8(ascii: ";") && reader.encoding == .windows1252 && reader.timeZoneOffset == 3600)
    }
}

