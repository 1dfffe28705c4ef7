import Foundation
import Testing
@testable import GeoTone
import GeoToneTestSupport

@Suite struct SQLiteStatementTests {
    func database() throws -> SQLiteDatabase {
        let path = TestScratch.path("statement-\(UUID().uuidString).sqlite")
        let db = try SQLiteDatabase(path: path)
        try db.execute("CREATE TABLE t(k INTEGER NOT NULL, a TEXT, b TEXT, c TEXT) STRICT")
        return db
    }

    /// Staged text is bound in place when the statement runs; each run's values are its own, whatever the runs
    /// before staged (longer or shorter text, empty text, NULL, non-ASCII).
    @Test func stagedTextRoundTrips() throws {
        let db = try database()
        let insert = try db.prepare("INSERT INTO t(k, a, b, c) VALUES (?, ?, ?, ?)")
        let rows: [(String?, String?, String?)] = [
            ("Côte d’Ivoire", "", nil),
            ("", "U.S.", "a much longer value than any before it, to move the staged bytes around"),
            (nil, "東京", "x"),
            ("São Tomé", "", ""),
        ]
        for (k, row) in rows.enumerated() {
            try insert.bind(k, at: 1)
            try insert.stage(row.0, at: 2)
            try insert.stage(row.1, at: 3)
            try insert.stage(row.2, at: 4)
            try insert.run()
        }
        let back = try db.query("SELECT a, b, c FROM t ORDER BY k")
        #expect(back.count == rows.count)
        for (k, row) in rows.enumerated() {
            let expected: [SQLiteValue] = [row.0, row.1, row.2].map { $0.map { .text($0) } ?? .null }
            #expect(back[k] == expected, "row \(k)")
        }
        // Empty text stays text, not NULL.
        #expect(try db.query("SELECT count(*) FROM t WHERE b = ''")[0][0] == .integer(2))
    }

    /// Staged BLOBs are bound in place beside staged text: each run's bytes are its own, an empty BLOB stays a BLOB.
    @Test func stagedBlobsRoundTrip() throws {
        let db = try database()
        try db.execute("CREATE TABLE u(k INTEGER NOT NULL, x BLOB, y TEXT) STRICT")
        let insert = try db.prepare("INSERT INTO u(k, x, y) VALUES (?, ?, ?)")
        let rows: [([UInt8], String)] = [([0x00, 0xFF, 0x10], "first"), ([], "empty"), (Array(repeating: 0xAB, count: 300), "long"),
                                         ([0x01], "")]
        for (k, row) in rows.enumerated() {
            try insert.bind(k, at: 1)
            insert.stage(blob: row.0, at: 2)
            try insert.stage(row.1, at: 3)
            try insert.run()
        }
        let back = try db.query("SELECT typeof(x), hex(x), y FROM u ORDER BY k")
        for (k, row) in rows.enumerated() {
            let hex = row.0.map { String(format: "%02X", $0) }.joined()
            #expect(back[k] == [.text("blob"), .text(hex), .text(row.1)], "row \(k)")
        }
    }

    /// A statement that fails leaves nothing staged for the next run.
    @Test func failedRunClearsTheStage() throws {
        let db = try database()
        try db.execute("CREATE UNIQUE INDEX t_k ON t(k)")
        let insert = try db.prepare("INSERT OR FAIL INTO t(k, a, b, c) VALUES (?, ?, ?, ?)")
        for attempt in 0..<2 {
            try insert.bind(1, at: 1)
            try insert.stage("first \(attempt)", at: 2)
            try insert.stage(nil, at: 3)
            try insert.stage("c", at: 4)
            if attempt == 0 { try insert.run() } else { #expect(throws: SQLiteError.self) { try insert.run() } }
        }
        try insert.bind(2, at: 1)
        try insert.stage("second", at: 2)
        try insert.stage("b", at: 3)
        try insert.stage("c", at: 4)
        try insert.run()
        #expect(try db.query("SELECT a, b FROM t ORDER BY k") == [[.text("first 0"), .null], [.text("second"), .text("b")]])
    }
}
