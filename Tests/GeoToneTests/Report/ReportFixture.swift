import Foundation
@testable import GeoTone
import GeoToneTestSupport

/// Builds small result stores by hand for the report tests.
enum ReportFixture {
    static let packageRoot = TestPaths.packageRoot
    static let datasets = packageRoot + "/Datasets"
    static let mapPath = datasets + "/map/countries_110m.tsv"

    /// A fresh temporary path for a database or output, `name` in a new folder (removed with the test process's
    /// scratch root).
    static func temporaryPath(_ name: String) -> String {
        try! TestScratch.makeDirectory("geotone-report-tests") + "/" + name
    }

    /// A country row: code, name, continent, subregion, articles, mean compound.
    struct Country { var code: String; var name: String; var continent: String; var subregion: String; var articles: Int; var compound: Double? }

    /// Countries of the default fixture run: 30 mentioned, one of them too small for the map (SG), one with a
    /// name that needs escaping.
    static func countries(articles total: Int = 100) -> [Country] {
        let base: [(String, String, String, String)] = [
            ("US", "United States", "Americas", "Northern America"), ("CN", "China", "Asia", "Eastern Asia"),
            ("RU", "Russia", "Europe", "Eastern Europe"), ("UA", "Ukraine", "Europe", "Eastern Europe"),
            ("FR", "France", "Europe", "Western Europe"), ("DE", "Germany", "Europe", "Western Europe"),
            ("GB", "United Kingdom", "Europe", "Northern Europe"), ("IN", "India", "Asia", "Southern Asia"),
            ("PK", "Pakistan", "Asia", "Southern Asia"), ("JP", "Japan", "Asia", "Eastern Asia"),
            ("KR", "South Korea", "Asia", "Eastern Asia"), ("AU", "Australia", "Oceania", "Australia and New Zealand"),
            ("NZ", "New Zealand", "Oceania", "Australia and New Zealand"), ("BR", "Brazil", "Americas", "Latin America and the Caribbean"),
            ("AR", "Argentina", "Americas", "Latin America and the Caribbean"), ("MX", "Mexico", "Americas", "Latin America and the Caribbean"),
            ("CA", "Canada", "Americas", "Northern America"), ("EG", "Egypt", "Africa", "Northern Africa"),
            ("NG", "Nigeria", "Africa", "Sub-Saharan Africa"), ("KE", "Kenya", "Africa", "Sub-Saharan Africa"),
            ("ZA", "South Africa", "Africa", "Sub-Saharan Africa"), ("IR", "Iran", "Asia", "Western Asia"),
            ("IL", "Israel", "Asia", "Western Asia"), ("SA", "Saudi Arabia", "Asia", "Western Asia"),
            ("TR", "Türkiye", "Asia", "Western Asia"), ("PL", "Poland", "Europe", "Eastern Europe"),
            ("IT", "Italy", "Europe", "Southern Europe"), ("ES", "Spain", "Europe", "Southern Europe"),
            ("SG", "Singapore", "Asia", "South-eastern Asia"), ("CO", "Colombia <b>&\"Co\"", "Americas", "Latin America and the Caribbean"),
        ]
        return base.enumerated().map { i, c in
            Country(code: c.0, name: c.1, continent: c.2, subregion: c.3, articles: max(1, 40 - i),
                    compound: i == 29 ? nil : Double((i * 37) % 21 - 10) / 25)
        }
    }

    /// Creates a result store at `path` with one complete run per entry of `runs` (ids 1, 2, …).
    static func makeDatabase(path: String, runs: [(countries: [Country], fingerprint: String, optionsHash: String)]) throws {
        let db = try SQLiteDatabase(path: path)
        for migration in SchemaMigrations.all { try db.execute(migration.sql) }
        for (offset, run) in runs.enumerated() {
            let id = Int64(offset + 1)
            let total = 100
            try db.run("""
                INSERT INTO runs(id, label, started_at, finished_at, status, tool_version, options_json, options_hash,
                  lexicon_checksum, gazetteer_checksum, input_fingerprint, files, articles, duplicates, undated, diagnostics,
                  countries, mean_compound, duration_seconds)
                VALUES (?, ?, ?, ?, 'complete', '0.1.0', '{}', ?, 'lex', 'gaz', ?, 12, ?, 3, 2, 2, ?, 0.0123, 1.5)
                """, [.integer(id), .text("fixture <\(id)>"), .text("2024-05-0\(id)T10:00:00Z"), .text("2024-05-0\(id)T10:00:05Z"),
                      .text(run.optionsHash), .text(run.fingerprint), .integer(Int64(total)), .integer(Int64(run.countries.count))])
            for day in 1...3 {
                try db.run("""
                    INSERT INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, words,
                      sentences, content_hash, countries, focus) VALUES (?, ?, ?, 'a.txt', 1, ?, 'dateline', 't', 10, 1, 'h', '', '')
                    """, [.integer(id), .integer(Int64(day)), .text("a\(day)"), .text("2024-0\(day)-1\(day)")])
            }
            let stats = try db.prepare("""
                INSERT INTO country_stats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for c in run.countries {
                try stats.execute([.integer(id), .text(c.code), .text(c.code + "X"), .text(c.name), .text(c.continent),
                                   .text(c.subregion), .integer(Int64(c.articles)), .integer(Int64(c.articles * 2)),
                                   .real(Double(c.articles) / Double(total)), .integer(Int64(c.articles)),
                                   c.compound.map { .real($0) } ?? .null, .integer(1), .integer(1)])
            }
            // Pairs: every pair of the first 12 countries whose indices have the same parity (two blocs), plus a
            // few cross-bloc pairs without a measure.
            let pairs = try db.prepare("INSERT INTO comentions VALUES (?, ?, ?, ?, 1, NULL, NULL, NULL, ?, NULL, NULL, ?)")
            let codes = run.countries.prefix(12).map(\.code)
            for i in codes.indices {
                for j in (i + 1)..<codes.count {
                    let (a, b) = codes[i] < codes[j] ? (codes[i], codes[j]) : (codes[j], codes[i])
                    if i % 2 == j % 2 {
                        try pairs.execute([.integer(id), .text(a), .text(b), .integer(Int64(3 + (i + j) % 5)),
                                           .real(0.2 + Double((i * j) % 7) / 10), .real(-0.1)])
                    } else if (i + j) % 3 == 0 {
                        try pairs.execute([.integer(id), .text(a), .text(b), .integer(1), .null, .null])
                    }
                }
            }
            let regions = try db.prepare("""
                INSERT INTO region_stats VALUES (?, ?, ?, 3, ?, 10, 0, ?, 0.1, ?, 0.3, 0.3, 'US', 0, 0, '')
                """)
            let continents = ["Africa", "Americas", "Asia", "Europe", "Oceania"]
            for (k, name) in continents.enumerated() {
                let n = run.countries.filter { $0.continent == name }.map(\.articles).reduce(0, +)
                try regions.execute([.integer(id), .text("continent"), .text(name), .integer(Int64(n)),
                                     .real(Double(n) / Double(total)), .real(Double(k - 2) / 10)])
                for period in ["2024-01", "2024-02", "2024-03"] {
                    try db.run("INSERT INTO timeline VALUES (?, ?, 'region', ?, ?, ?, ?)",
                               [.integer(id), .text(period), .text(name), .integer(Int64(k + 1)), .integer(Int64(k + 2)), .real(0.05 * Double(k - 2))])
                }
            }
            try regions.execute([.integer(id), .text("group"), .text("G7"), .integer(30), .real(0.3), .real(0.02)])
            try regions.execute([.integer(id), .text("subregion"), .text("Western Asia"), .integer(25), .real(0.25), .real(-0.2)])
            for c in run.countries.prefix(8) {
                for (p, period) in ["2024-01", "2024-02", "2024-03"].enumerated() {
                    try db.run("INSERT INTO timeline VALUES (?, ?, 'country', ?, ?, ?, ?)",
                               [.integer(id), .text(period), .text(c.code), .integer(Int64(c.articles / 3 + p)),
                                .integer(Int64(c.articles)), p == 1 ? .null : .real(0.1 * Double(p) - 0.05)])
                }
            }
            try db.run("INSERT INTO diagnostics VALUES (?, 1, 'warning', 'bad-date', 'in/a.txt', 7, 'date <unreadable>')", [.integer(id)])
            try db.run("INSERT INTO diagnostics VALUES (?, 2, 'info', 'skipped-files', 'in', 0, '1 file skipped')", [.integer(id)])
        }
    }

    /// The number of non-overlapping occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The text of the `<svg id="id" …>…</svg>` element.
    static func svg(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<svg id=\"\(id)\"") else { return nil }
        guard let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
