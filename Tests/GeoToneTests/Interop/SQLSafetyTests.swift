import Testing

/// SQL is never built from data: a string literal that holds SQL keywords and an interpolation `\(`
/// inside a call to execute/prepare/query/run fails this test.
@Suite struct SQLSafetyTests {
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)   // Interop/SQLSafetyTests.swift, GeoToneTests, Tests
        return parts.joined(separator: "/")
    }()

    static let sqlWords = ["SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "DROP ", "ALTER ", "PRAGMA ", " WHERE ",
                           " VALUES", "REPLACE ", "ATTACH "]
    static let calls = ["execute(", "prepare(", "query(", "run("]

    /// Swift files under `directory`, recursively.
    static func swiftFiles(_ directory: String) -> [String] {
        (try? FileManagerLite.walk(directory))?.filter { $0.hasSuffix(".swift") } ?? []
    }

    /// Statements (from a call to the end of its argument list, over several lines) that interpolate into SQL.
    static func offenders(in source: String, file: String) -> [String] {
        var found: [String] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, line) in lines.enumerated() where calls.contains(where: { line.contains($0) }) {
            // The call and the lines of a multi-line string literal that follows it.
            var window = line
            var j = i + 1
            if line.contains("\"\"\"") {
                while j < lines.count, !lines[j].contains("\"\"\"") { window += "\n" + lines[j]; j += 1 }
            }
            let upper = window.uppercased()
            if window.contains("\\(") && sqlWords.contains(where: { upper.contains($0) }) {
                found.append("\(file):\(i + 1): \(line.trimmingCharacters())")
            }
        }
        return found
    }

    @Test func noSQLBuiltByInterpolation() {
        let files = Self.swiftFiles(Self.packageRoot + "/Sources")
        #expect(!files.isEmpty, "no sources found under \(Self.packageRoot)/Sources")
        var offenders: [String] = []
        for file in files {
            guard let text = try? FileManagerLite.readText(file) else { continue }
            offenders += Self.offenders(in: text, file: file)
        }
        #expect(offenders.isEmpty, "SQL built by string interpolation (bind values with ? instead):\n\(offenders.joined(separator: "\n"))")
    }

    @Test func scannerFindsInterpolatedSQL() {
        let bad = #"try db.execute("DELETE FROM runs WHERE id = \(id)")"#
        let badMulti = "try db.run(\"\"\"\n    SELECT * FROM t\n    WHERE name = '\\(name)'\n    \"\"\")"
        let good = #"try db.run("DELETE FROM runs WHERE id = ?", [.integer(id)])"#
        #expect(Self.offenders(in: bad, file: "x").count == 1)
        #expect(Self.offenders(in: badMulti, file: "x").count == 1)
        #expect(Self.offenders(in: good, file: "x").isEmpty)
    }
}

/// Just enough file access for the scan, without Foundation.
enum FileManagerLite {
    static func walk(_ directory: String) throws -> [String] {
        var result: [String] = []
        for name in try GeoToneFiles.entries(directory) {
            let path = directory + "/" + name
            if GeoToneFiles.isDirectory(path) { result += try walk(path) } else { result.append(path) }
        }
        return result
    }

    static func readText(_ path: String) throws -> String { try GeoToneFiles.text(path) }
}

extension String {
    func trimmingCharacters() -> String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
        return String(String.UnicodeScalarView(scalars))
    }
}
