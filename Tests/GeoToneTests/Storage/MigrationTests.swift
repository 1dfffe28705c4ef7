import Testing
@testable import GeoTone

/// Stores written by every earlier schema version are upgraded to one row per article: their articles and mention
/// rows read the same through the same SQL, and a user's own tables, indexes and views are left in place.
@Suite struct MigrationTests {
    static let mentionsQuery = "SELECT run_id, ordinal, article_id, entity, mentions, first_offset, forms FROM mentions ORDER BY run_id, ordinal, entity"
    static let articlesQuery = """
        SELECT run_id, ordinal, article_id, source_path, line, date, date_source, title, dateline_place, dateline_country, agency,
            words, sentences, content_hash, duplicate_of, countries, focus, compound, positive, negative, neutral, tone, polarity
        FROM articles ORDER BY run_id, ordinal
        """

    @Test(arguments: 1...6) func storeOfEveryEarlierVersionIsUpgraded(version: Int) throws {
        let work = try HistoryFixture.temporaryDirectory("migrate-v\(version)")
        let path = work + "/old.sqlite"
        do {
            let old = try HistoryFixture.store(atVersion: version, path: path)
            try old.execute("""
                INSERT INTO runs(id, label, started_at, finished_at, status, tool_version, options_json, options_hash,
                                 lexicon_checksum, gazetteer_checksum, input_fingerprint, articles, countries)
                VALUES (1, 'old', '2024-01-01T00:00:00Z', '2024-01-01T00:01:00Z', 'complete', '0.0.9', '{}', 'h', 'l', 'g', 'f', 2, 2);
                INSERT INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, words, sentences,
                                     content_hash, countries, focus, compound, positive, negative, neutral, tone, polarity)
                VALUES (1, 1, 'a', 'p.txt', 1, '2024-02-03', 'field', 'Paris "talks"', 10, 1, 'h1', 'DE;FR', 'FR',
                        0.25, 0.1, 0.0, 0.9, 1.5, 2.5),
                       (1, 2, 'b', 'p.txt', 2, NULL, 'none', 'T', 0, 0, 'h1', '', '', NULL, NULL, NULL, NULL, NULL, NULL);
                INSERT INTO mentions VALUES (1, 1, 'a', 'FR', 3, 0, 'France;French'), (1, 1, 'a', 'DE', 1, 40, 'Berlin'),
                                            (1, 1, 'a', 'group:EU', 1, 77, 'the "EU";Union\\x');
                CREATE TABLE my_notes(id INTEGER PRIMARY KEY, note TEXT);
                INSERT INTO my_notes(note) VALUES ('kept');
                CREATE INDEX my_articles_by_title ON articles(title);
                CREATE VIEW my_entities AS SELECT entity, sum(mentions) AS n FROM mentions GROUP BY entity;
                """)
        }
        let plain = try SQLiteDatabase(path: path)
        let mentionsBefore = try plain.query(Self.mentionsQuery)
        let articlesBefore = try plain.query(Self.articlesQuery)
        let entitiesBefore = try plain.query("SELECT * FROM my_entities ORDER BY entity")

        let store = try ResultStore(path: path)
        #expect(try store.schemaVersion() == SchemaMigrations.all.last?.version)
        let db = store.database
        #expect(try db.query(Self.mentionsQuery) == mentionsBefore)
        #expect(try db.query(Self.articlesQuery) == articlesBefore)
        #expect(try db.query("SELECT * FROM my_entities ORDER BY entity") == entitiesBefore)
        #expect(try db.query("SELECT note FROM my_notes") == [[.text("kept")]])
        #expect(try db.query("SELECT tbl_name FROM sqlite_master WHERE name = 'my_articles_by_title'") == [[.text("articles")]])
        #expect(try db.query("SELECT count(*) FROM latest_mentions")[0][0] == .integer(3))
        #expect(try db.query("SELECT count(*) FROM run_mentions WHERE run_id = 1")[0][0] == .integer(3))
        #expect(try db.query("SELECT type FROM sqlite_master WHERE name = 'mentions'") == [[.text("view")]])
        #expect(try db.query("PRAGMA integrity_check")[0][0] == .text("ok"))
        #expect(try db.query("PRAGMA foreign_key_check").isEmpty)
        // Old rows have no cache entry: the reader for merging gives none, rather than a wrong one.
        #expect(try store.reader.cachedArticles(run: 1).isEmpty)
    }

    /// A store of version 7 (one row per article) gains the language column (migration 8) and the scale-out tables (migration 9); its rows, a user's table
    /// and the reader's view of its articles are unchanged.
    @Test func storeOfVersion7GainsTheShardTables() throws {
        let work = try HistoryFixture.temporaryDirectory("migrate-v7")
        let path = work + "/old.sqlite"
        do {
            let old = try HistoryFixture.storeWithOneRun(atVersion: 7, path: path, articles: 1, countries: 1)
            try old.execute("""
                INSERT INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, words, sentences,
                                     content_hash, countries, focus, compound, positive, negative, neutral, tone, polarity,
                                     mentions_json)
                VALUES (1, 1, 'a', 'p.txt', 1, '2024-02-03', 'field', 'Paris talks', 10, 1, 'h1', 'FR', 'FR',
                        0.25, 0.1, 0.0, 0.9, 1.5, 2.5, '[["FR",3,0,"France"]]');
                CREATE TABLE my_notes(id INTEGER PRIMARY KEY, note TEXT);
                INSERT INTO my_notes(note) VALUES ('kept');
                """)
        }
        let plain = try SQLiteDatabase(path: path)
        let mentionsBefore = try plain.query(Self.mentionsQuery)
        let articlesBefore = try plain.query(Self.articlesQuery)

        let store = try ResultStore(path: path)
        #expect(try store.schemaVersion() == SchemaMigrations.all.last?.version)
        let db = store.database
        #expect(try db.query(Self.mentionsQuery) == mentionsBefore)
        #expect(try db.query(Self.articlesQuery) == articlesBefore)
        #expect(try db.query("SELECT note FROM my_notes") == [[.text("kept")]])
        let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('shard_runs', 'merged_shards') ORDER BY name")
        #expect(tables == [[.text("merged_shards")], [.text("shard_runs")]])
        #expect(try store.reader.shardLabels().isEmpty)
        #expect(try store.reader.mergedShards(of: 1).isEmpty)
        #expect(try db.query("PRAGMA integrity_check")[0][0] == .text("ok"))
    }

    /// A store of version 9 keeps its corpus tables' rows, the views over them and a user's index on them when the
    /// two large tables lose their rowid (migration 10).
    @Test func corpusTablesOfVersion9AreRebuiltWithoutRowid() throws {
        let work = try HistoryFixture.temporaryDirectory("migrate-v9")
        let path = work + "/old.sqlite"
        do {
            let old = try HistoryFixture.storeWithOneRun(atVersion: 9, path: path, articles: 3, countries: 3)
            try old.execute("""
                INSERT INTO comentions VALUES (1, 'DE', 'FR', 2, 3, 1.5, 1.3, 0.4, 0.1, 0.5, 2.25, -0.125),
                                              (1, 'FR', 'US', 1, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                                              (1, 'CN', 'US', 5, 9, 0.5, 10.0, 3.3, 0.9, 1.0, 40.5, 0.75);
                INSERT INTO timeline VALUES (1, '2024-02', 'country', 'FR', 2, 4, 0.25), (1, '2024-01', 'country', 'FR', 1, 1, NULL),
                                            (1, '2024-02', 'region', 'm49:150', 2, 5, -0.5);
                CREATE INDEX my_pairs_by_articles ON comentions(articles);
                """)
        }
        let plain = try SQLiteDatabase(path: path)
        let pairsQuery = "SELECT * FROM comentions ORDER BY run_id, country_a, country_b"
        let timelineQuery = "SELECT * FROM timeline ORDER BY run_id, period, entity_type, entity"
        let pairsBefore = try plain.query(pairsQuery)
        let timelineBefore = try plain.query(timelineQuery)
        #expect(pairsBefore.count == 3 && timelineBefore.count == 3)

        let store = try ResultStore(path: path)
        #expect(try store.schemaVersion() == SchemaMigrations.all.last?.version)
        let db = store.database
        #expect(try db.query(pairsQuery) == pairsBefore)
        #expect(try db.query(timelineQuery) == timelineBefore)
        for table in ["comentions", "timeline"] {
            let sql = try db.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(table)])
            #expect(sql.first?.first?.string.hasSuffix("STRICT, WITHOUT ROWID") == true, "\(table)")
        }
        #expect(try db.query("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v9'")[0][0] == .integer(0))
        #expect(try db.query("SELECT tbl_name FROM sqlite_master WHERE name = 'my_pairs_by_articles'") == [[.text("comentions")]])
        #expect(try db.query("SELECT count(*) FROM latest_comentions")[0][0] == .integer(3))
        #expect(try db.query("SELECT count(*) FROM latest_timeline")[0][0] == .integer(3))
        #expect(try store.reader.pairs(run: 1).map(\.a) == ["CN", "DE", "FR"])
        #expect(try db.query("PRAGMA integrity_check")[0][0] == .text("ok"))
        #expect(try db.query("PRAGMA foreign_key_check").isEmpty)
    }

    /// The mention rows' JSON gives back the exact surface forms when the CSV cell cannot (a `;` or a line break).
    @Test func mentionsJSONRoundTrips() throws {
        let rows: [ArticleRecord.MentionRow] = [
            .init(entity: "FR", mentions: 3, firstOffset: 0, forms: ["France", "French"]),
            .init(entity: "US", mentions: 1, firstOffset: 12, forms: ["United\nStates", "U.S."]),
            .init(entity: "group:\"X\"", mentions: 2, firstOffset: 7, forms: ["a;b", "tab\there", "\u{1}ctl", "日本 🎉"]),
            .init(entity: "DE", mentions: 1, firstOffset: 9, forms: []),
        ]
        let json = StoredArticle.json(rows)
        #expect(StoredArticle.mentions(fromJSON: json) == rows)
        // SQLite reads the same JSON: the view's columns are the CSV cells.
        let db = try SQLiteDatabase(path: ":memory:")
        let cells = try db.query("SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)", [.text(json)])
        #expect(cells.map { $0[3].string } == rows.map { ArticleTableWriter.formsCell($0.forms) })
        #expect(cells.map { $0[1] } == rows.map { .integer(Int64($0.mentions)) })
    }
}

/// What `geotone merge` reads from a shard's store: every article row and payload as the run wrote them.
@Suite struct RunReaderArticlesTests {
    @Test func articlesReadBackAsWritten() throws {
        let corpus = try HistoryFixture.copySamples(excluding: ["00", "01", "02"])
        let work = try HistoryFixture.temporaryDirectory("read-articles")
        let db = work + "/store.sqlite"
        let run = try HistoryFixture.analyze([corpus], out: work + "/out", db: db)
        let reader = try RunReader.open(path: db)
        let rows = try reader.articles(run: run.runID)
        #expect(rows.count == run.articles)
        #expect(rows.map(\.record.ordinal) == Array(1...run.articles))
        // The mention rows equal mentions.csv's, and each payload decodes to the same analysis fields.
        let csv = try PipelineFixture.readCSV(work + "/out/mentions.csv")
        #expect(rows.flatMap { row in row.record.mentions.map { [row.record.articleID, $0.entity, String($0.mentions)] } }
                == csv.map { [$0["article_id"]!, $0["country"]!, $0["mentions"]!] })
        let cached = try reader.cachedArticles(run: run.runID)
        #expect(cached.count == rows.filter { $0.payload != nil }.count)
        for row in rows {
            guard let payload = row.payload else { #expect(row.record.duplicateOf != nil); continue }
            var copy = row.record
            copy.mentions = []
            copy.countries = []
            #expect(ArticleCachePayload.decode(payload, into: &copy, date: copy.date, period: "p") != nil)
            #expect(copy.mentions == row.record.mentions && copy.countries == row.record.countries)
            // Written into another store's row, the same payload comes back.
            let stored = StoredArticle(record: row.record, cacheKey: row.cacheKey, payload: payload)
            #expect(stored.cache?.column.first == StoredArticle.factsOnly)
        }
    }
}
