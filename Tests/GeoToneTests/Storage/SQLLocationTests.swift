import Testing

/// SQL lives in `Sources/GeoTone/Storage/` only: every other source file (the CLI's too) is a client of
/// `ResultStore`, `RunWriter` and `RunReader`. No raw `BEGIN`/`COMMIT`/`ROLLBACK` either: transactions are
/// `ResultStore.transaction` and `ResultStore.write(run:)`.
@Suite struct SQLLocationTests {
    /// Patterns of SQL statements as geotone writes them (keywords in capitals).
    static var patterns: [Regex<Substring>] { [
        #/\bSELECT\s+[a-z*(]/#, #/\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b/#, #/\bUPDATE\s+\w+\s+SET\b/#, #/\bDELETE\s+FROM\b/#,
        #/\bCREATE\s+(?:TABLE|INDEX|UNIQUE|VIEW|TRIGGER)\b/#, #/\bDROP\s+(?:TABLE|INDEX|VIEW)\b/#, #/\bALTER\s+TABLE\b/#,
        #/\bPRAGMA\s+[a-z]/#, #/"(?:BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/#, #/\bBEGIN\s+(?:IMMEDIATE|EXCLUSIVE|DEFERRED)\b/#,
    ] }

    /// Lines of `source` that hold SQL, comments left out.
    static func sqlLines(in source: String) -> [Int] {
        var found: [Int] = []
        for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.drop { $0 == " " || $0 == "\t" }
            if code.hasPrefix("//") { continue }
            let patterns = Self.patterns
            if patterns.contains(where: { code.contains($0) }) { found.append(i + 1) }
        }
        return found
    }

    @Test func sqlOnlyInStorage() throws {
        let root = SQLSafetyTests.packageRoot + "/Sources"
        let files = SQLSafetyTests.swiftFiles(root)
        #expect(files.count > 100, "sources not found under \(root)")
        var outside: [String] = []
        var inStorage = 0
        for file in files {
            let lines = Self.sqlLines(in: try FileManagerLite.readText(file))
            if file.hasPrefix(root + "/GeoTone/Storage/") { inStorage += lines.count; continue }
            outside += lines.map { "\(file.dropFirst(root.count + 1)):\($0)" }
        }
        #expect(outside.isEmpty, "SQL outside Sources/GeoTone/Storage/ (move it into a Storage type):\n\(outside.joined(separator: "\n"))")
        #expect(inStorage > 50, "the scan finds the store's own SQL")
    }

    @Test func scannerFindsSQL() {
        #expect(Self.sqlLines(in: #"try db.execute("BEGIN IMMEDIATE")"#) == [1])
        #expect(Self.sqlLines(in: "let q = \"\"\"\n    SELECT id FROM runs\n    \"\"\"") == [2])
        #expect(Self.sqlLines(in: #"try db.run("UPDATE runs SET status = ? WHERE id = ?", v)"#) == [1])
        #expect(Self.sqlLines(in: "// SELECT id FROM runs, in a comment\nlet selected = 1").isEmpty)
    }
}
