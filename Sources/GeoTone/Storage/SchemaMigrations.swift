/// The named, ordered schema changes of the result database; each is applied once and recorded.
///
/// Never edit a released migration: add a new one. `ResultStore` applies the missing ones in a transaction.
public enum SchemaMigrations {
    /// One schema change.
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String
        /// Tables the migration rebuilds: indexes a user created on them are created again afterwards (when their
        /// columns still exist), so that the rebuild leaves a user's own indexes in place.
        public var rebuilds: [String] = []

        /// Runs the migration's SQL on `database` (inside the caller's transaction).
        func apply(to database: SQLiteDatabase) throws {
            var userIndexes: [(name: String, sql: String)] = []
            for table in rebuilds {
                // Indexes SQLite made for a constraint have no SQL; the migration's own indexes are created by its SQL.
                userIndexes += try database.query("""
                    SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
                    """, [.text(table)]).map { ($0[0].string, $0[1].string) }
            }
            try database.execute(sql)
            for index in userIndexes {
                let exists = try database.query("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [.text(index.name)])
                if exists.isEmpty { try? database.execute(index.sql) }   // an index on a column that is gone is dropped
            }
        }
    }

    /// Every migration, oldest first.
    public static let all: [Migration] = [
        Migration(version: 1, name: "initial schema", sql: """
        CREATE TABLE geotone_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        INSERT INTO geotone_meta(key, value) VALUES ('application', 'geotone');
        CREATE TABLE runs(
            id INTEGER PRIMARY KEY,
            label TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'failed')),
            tool_version TEXT NOT NULL,
            options_json TEXT NOT NULL,
            options_hash TEXT NOT NULL,
            lexicon_checksum TEXT NOT NULL,
            gazetteer_checksum TEXT NOT NULL,
            input_fingerprint TEXT,
            files INTEGER,
            articles INTEGER,
            duplicates INTEGER,
            undated INTEGER,
            diagnostics INTEGER,
            countries INTEGER,
            mean_compound REAL,
            duration_seconds REAL
        ) STRICT;
        CREATE TABLE articles(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            source_path TEXT NOT NULL,
            line INTEGER NOT NULL,
            date TEXT,
            date_source TEXT NOT NULL,
            title TEXT NOT NULL,
            dateline_place TEXT,
            dateline_country TEXT,
            agency TEXT,
            words INTEGER NOT NULL,
            sentences INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            duplicate_of TEXT,
            countries TEXT NOT NULL,
            focus TEXT NOT NULL,
            compound REAL,
            positive REAL,
            negative REAL,
            neutral REAL,
            tone REAL,
            polarity REAL,
            PRIMARY KEY (run_id, ordinal)
        ) STRICT;
        CREATE INDEX articles_by_hash ON articles(content_hash);
        CREATE TABLE mentions(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            entity TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            first_offset INTEGER NOT NULL,
            forms TEXT NOT NULL,
            PRIMARY KEY (run_id, ordinal, entity)
        ) STRICT;
        CREATE TABLE country_stats(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            country TEXT NOT NULL,
            iso3 TEXT NOT NULL,
            name TEXT NOT NULL,
            continent TEXT NOT NULL,
            subregion TEXT NOT NULL,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            share_of_articles REAL NOT NULL,
            sentences INTEGER NOT NULL,
            mean_compound REAL,
            positive_sentences INTEGER NOT NULL,
            negative_sentences INTEGER NOT NULL,
            PRIMARY KEY (run_id, country)
        ) STRICT;
        CREATE TABLE comentions(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            country_a TEXT NOT NULL,
            country_b TEXT NOT NULL,
            articles INTEGER NOT NULL,
            sentences INTEGER NOT NULL,
            expected REAL,
            lift REAL,
            pmi REAL,
            npmi REAL,
            jaccard REAL,
            g2 REAL,
            mean_compound REAL,
            PRIMARY KEY (run_id, country_a, country_b)
        ) STRICT;
        CREATE TABLE region_stats(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            level TEXT NOT NULL,
            region TEXT NOT NULL,
            countries_mentioned INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            direct_mentions INTEGER NOT NULL,
            share_of_articles REAL NOT NULL,
            share_of_mentions REAL NOT NULL,
            mean_compound REAL,
            positive_share REAL,
            negative_share REAL,
            top_countries TEXT NOT NULL,
            internal_pair_articles INTEGER NOT NULL,
            external_pair_articles INTEGER NOT NULL,
            top_partner_region TEXT NOT NULL,
            PRIMARY KEY (run_id, level, region)
        ) STRICT;
        CREATE TABLE timeline(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity TEXT NOT NULL,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            mean_compound REAL,
            PRIMARY KEY (run_id, period, entity_type, entity)
        ) STRICT;
        CREATE TABLE datelines(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            dateline_country TEXT NOT NULL,
            articles INTEGER NOT NULL,
            top_mentioned TEXT NOT NULL,
            PRIMARY KEY (run_id, dateline_country)
        ) STRICT;
        CREATE TABLE diagnostics(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            severity TEXT NOT NULL,
            code TEXT NOT NULL,
            path TEXT NOT NULL,
            line INTEGER NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (run_id, seq)
        ) STRICT;
        CREATE INDEX runs_by_status ON runs(status, id);
        CREATE VIEW latest_run AS SELECT * FROM runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1;
        CREATE VIEW latest_articles AS SELECT * FROM articles WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_mentions AS SELECT * FROM mentions WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_country_stats AS SELECT * FROM country_stats WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_comentions AS SELECT * FROM comentions WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_region_stats AS SELECT * FROM region_stats WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_timeline AS SELECT * FROM timeline WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_diagnostics AS SELECT * FROM diagnostics WHERE run_id = (SELECT id FROM latest_run);
        """),
        // Migration 2 (history): the per-article result cache for incremental runs, the error of a failed run,
        // and indexes for `geotone runs` / `geotone compare`.
        Migration(version: 2, name: "article cache, run errors, history indexes", sql: """
        CREATE TABLE article_cache(
            method_key TEXT NOT NULL,
            cache_key TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            payload TEXT NOT NULL,
            PRIMARY KEY (method_key, cache_key)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX article_cache_by_run ON article_cache(run_id);
        ALTER TABLE runs ADD COLUMN error TEXT;
        """),
        // No query looks articles up by content hash (reuse goes through article_cache), and keeping a random-key
        // index current made every article insert a random B-tree write.
        Migration(version: 3, name: "drop the unused articles_by_hash index", sql: """
        DROP INDEX IF EXISTS articles_by_hash;
        """),
        // The article cache held a text payload about as large as the article itself (every sentence, numbers as
        // text) in a WITHOUT ROWID table keyed by random hashes, so each insert rewrote a random leaf full of
        // payloads. Now: the method key stored once per method, a 16-byte key, a binary payload (format 2,
        // entity-bearing sentences only) appended in rowid order, and a small unique index for look-ups.
        // Cached entries are only a speed-up: dropping them costs one full re-analysis.
        Migration(version: 4, name: "compact binary article cache", sql: """
        DROP TABLE article_cache;
        CREATE TABLE cache_methods(
            id INTEGER PRIMARY KEY,
            method_key TEXT NOT NULL UNIQUE
        ) STRICT;
        CREATE TABLE article_cache(
            method_id INTEGER NOT NULL REFERENCES cache_methods(id),
            cache_key BLOB NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            payload BLOB NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX article_cache_by_key ON article_cache(method_id, cache_key);
        CREATE INDEX article_cache_by_run ON article_cache(run_id);
        """),
        // What each run read and wrote, so that a run over unchanged files with an unchanged method can take the
        // results of the earlier run instead of recomputing them (`UnchangedRun`). Such a run copies the small
        // corpus tables but not the article and mention rows: `rows_run` names the run that holds them, and the
        // views `run_articles` / `run_mentions` give every run's rows under its own id.
        Migration(version: 5, name: "run inputs and outputs, reuse of unchanged runs", sql: """
        ALTER TABLE runs ADD COLUMN method_key TEXT;
        ALTER TABLE runs ADD COLUMN reused_run INTEGER REFERENCES runs(id);
        ALTER TABLE runs ADD COLUMN rows_run INTEGER REFERENCES runs(id);
        ALTER TABLE runs ADD COLUMN first_date TEXT;
        ALTER TABLE runs ADD COLUMN last_date TEXT;
        CREATE TABLE run_inputs(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            path TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (run_id, seq)
        ) STRICT;
        CREATE TABLE run_outputs(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (run_id, name)
        ) STRICT;
        CREATE INDEX runs_by_method ON runs(method_key, status);
        CREATE VIEW run_articles AS
            SELECT r.id AS run_id, a.ordinal, a.article_id, a.source_path, a.line, a.date, a.date_source, a.title,
                a.dateline_place, a.dateline_country, a.agency, a.words, a.sentences, a.content_hash, a.duplicate_of,
                a.countries, a.focus, a.compound, a.positive, a.negative, a.neutral, a.tone, a.polarity
            FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id);
        CREATE VIEW run_mentions AS
            SELECT r.id AS run_id, m.ordinal, m.article_id, m.entity, m.mentions, m.first_offset, m.forms
            FROM runs r JOIN mentions m ON m.run_id = coalesce(r.rows_run, r.id);
        DROP VIEW latest_articles;
        DROP VIEW latest_mentions;
        CREATE VIEW latest_articles AS SELECT * FROM run_articles WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_mentions AS SELECT * FROM run_mentions WHERE run_id = (SELECT id FROM latest_run);
        """),
        // Keeping the unique (method_id, cache_key) index current during a run made every cache insert a write at a
        // random place of an index that outgrows the page cache (a 1 GB corpus spent about a sixth of its time
        // there, and the write-ahead log grew with the pages written again and again). Keys now go to their own
        // table once per run, sorted, after the run's entries are appended (`ArticleCache.indexRun`).
        // `entry` is the rowid of the `article_cache` row; a look-up also checks that row's method and key, so a
        // renumbered row (VACUUM) is a miss, never a wrong result.
        Migration(version: 6, name: "article cache keys indexed once per run", sql: """
        CREATE TABLE article_cache_keys(
            method_id INTEGER NOT NULL,
            cache_key BLOB NOT NULL,
            entry INTEGER NOT NULL,
            PRIMARY KEY (method_id, cache_key)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO article_cache_keys(method_id, cache_key, entry)
            SELECT method_id, cache_key, rowid FROM article_cache ORDER BY method_id, cache_key;
        DROP INDEX article_cache_by_key;
        """),
        // One row per article: the mention rows (a second table with its own primary-key index, 1.7 M rows at 500 MB
        // of input) become a JSON array in the article's row, and the article-cache payload moves into the same row
        // (without the fields the row already holds, see `StoredArticle`). `mentions` and `run_mentions` are views
        // over that array with the columns the tables had, so SQL written for them keeps working. The cache entries
        // of earlier runs cannot be tied to their article rows (the old table kept no ordinal): they are dropped,
        // which costs one full analysis. The old table is renamed in legacy mode so that views (a user's too) keep
        // reading `articles` by name.
        Migration(version: 7, name: "one row per article: mentions and cache payload in the article row", sql: """
        PRAGMA legacy_alter_table = ON;
        DROP VIEW IF EXISTS latest_mentions;
        DROP VIEW IF EXISTS latest_articles;
        DROP VIEW IF EXISTS run_mentions;
        DROP VIEW IF EXISTS run_articles;
        ALTER TABLE articles RENAME TO articles_v6;
        CREATE TABLE articles(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            source_path TEXT NOT NULL,
            line INTEGER NOT NULL,
            date TEXT,
            date_source TEXT NOT NULL,
            title TEXT NOT NULL,
            dateline_place TEXT,
            dateline_country TEXT,
            agency TEXT,
            words INTEGER NOT NULL,
            sentences INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            duplicate_of TEXT,
            countries TEXT NOT NULL,
            focus TEXT NOT NULL,
            compound REAL,
            positive REAL,
            negative REAL,
            neutral REAL,
            tone REAL,
            polarity REAL,
            mentions_json TEXT NOT NULL DEFAULT '[]',
            method_id INTEGER REFERENCES cache_methods(id),
            cache_key BLOB,
            cache_payload BLOB,
            PRIMARY KEY (run_id, ordinal)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO articles(run_id, ordinal, article_id, source_path, line, date, date_source, title, dateline_place,
            dateline_country, agency, words, sentences, content_hash, duplicate_of, countries, focus, compound, positive,
            negative, neutral, tone, polarity, mentions_json)
        SELECT a.run_id, a.ordinal, a.article_id, a.source_path, a.line, a.date, a.date_source, a.title, a.dateline_place,
            a.dateline_country, a.agency, a.words, a.sentences, a.content_hash, a.duplicate_of, a.countries, a.focus,
            a.compound, a.positive, a.negative, a.neutral, a.tone, a.polarity,
            coalesce((SELECT json_group_array(json_array(m.entity, m.mentions, m.first_offset, m.forms))
                      FROM (SELECT entity, mentions, first_offset, forms FROM mentions
                            WHERE run_id = a.run_id AND ordinal = a.ordinal ORDER BY rowid) m), '[]')
        FROM articles_v6 a ORDER BY a.run_id, a.ordinal;
        DROP TABLE articles_v6;
        DROP TABLE mentions;
        DROP TABLE article_cache_keys;
        DROP TABLE article_cache;
        CREATE TABLE article_cache_keys(
            method_id INTEGER NOT NULL,
            cache_key BLOB NOT NULL,
            run_id INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            PRIMARY KEY (method_id, cache_key)
        ) STRICT, WITHOUT ROWID;
        CREATE VIEW mentions AS
            SELECT a.run_id, a.ordinal, a.article_id, m.value ->> 0 AS entity, m.value ->> 1 AS mentions,
                m.value ->> 2 AS first_offset, m.value ->> 3 AS forms
            FROM articles a, json_each(a.mentions_json) m;
        CREATE VIEW run_articles AS
            SELECT r.id AS run_id, a.ordinal, a.article_id, a.source_path, a.line, a.date, a.date_source, a.title,
                a.dateline_place, a.dateline_country, a.agency, a.words, a.sentences, a.content_hash, a.duplicate_of,
                a.countries, a.focus, a.compound, a.positive, a.negative, a.neutral, a.tone, a.polarity
            FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id);
        CREATE VIEW run_mentions AS
            SELECT r.id AS run_id, a.ordinal, a.article_id, m.value ->> 0 AS entity, m.value ->> 1 AS mentions,
                m.value ->> 2 AS first_offset, m.value ->> 3 AS forms
            FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id), json_each(a.mentions_json) m;
        CREATE VIEW latest_articles AS SELECT * FROM run_articles WHERE run_id = (SELECT id FROM latest_run);
        CREATE VIEW latest_mentions AS SELECT * FROM run_mentions WHERE run_id = (SELECT id FROM latest_run);
        PRAGMA legacy_alter_table = OFF;
        """, rebuilds: ["articles"]),
        // The language each article was read in (ISO 639-1; `und` when it could not be told), kept with the row so
        // that the cache payload's head (which holds it) is rebuilt from the columns. The article views list it last.
        Migration(version: 8, name: "article language", sql: """
        ALTER TABLE articles ADD COLUMN language TEXT;
        DROP VIEW IF EXISTS latest_articles;
        DROP VIEW IF EXISTS run_articles;
        CREATE VIEW run_articles AS
            SELECT r.id AS run_id, a.ordinal, a.article_id, a.source_path, a.line, a.date, a.date_source, a.title,
                a.dateline_place, a.dateline_country, a.agency, a.words, a.sentences, a.content_hash, a.duplicate_of,
                a.countries, a.focus, a.compound, a.positive, a.negative, a.neutral, a.tone, a.polarity, a.language
            FROM runs r JOIN articles a ON a.run_id = coalesce(r.rows_run, r.id);
        CREATE VIEW latest_articles AS SELECT * FROM run_articles WHERE run_id = (SELECT id FROM latest_run);
        """),
        // Scale-out (`analyze --shard I/N`, `merge`): which runs are shard runs and which shards a merged run was made
        // from (Storage/ShardStore.swift). A shard run's articles are ordinary article rows.
        Migration(version: 9, name: "shard runs and merged runs", sql: ShardStore.schemaSQL),
        // The two large corpus tables keyed by their primary key alone: a row was written twice (the table and the
        // key's index), and each row of a run is read through the key. Writing the corpus tables took about a third
        // fewer instructions. The views that name the tables are left as they are (legacy renames keep their text).
        Migration(version: 10, name: "comentions and timeline without rowid", sql: """
        PRAGMA legacy_alter_table = ON;
        ALTER TABLE comentions RENAME TO comentions_v9;
        CREATE TABLE comentions(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            country_a TEXT NOT NULL,
            country_b TEXT NOT NULL,
            articles INTEGER NOT NULL,
            sentences INTEGER NOT NULL,
            expected REAL,
            lift REAL,
            pmi REAL,
            npmi REAL,
            jaccard REAL,
            g2 REAL,
            mean_compound REAL,
            PRIMARY KEY (run_id, country_a, country_b)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO comentions SELECT run_id, country_a, country_b, articles, sentences, expected, lift, pmi, npmi, jaccard,
            g2, mean_compound FROM comentions_v9 ORDER BY run_id, country_a, country_b;
        DROP TABLE comentions_v9;
        ALTER TABLE timeline RENAME TO timeline_v9;
        CREATE TABLE timeline(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity TEXT NOT NULL,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            mean_compound REAL,
            PRIMARY KEY (run_id, period, entity_type, entity)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO timeline SELECT run_id, period, entity_type, entity, articles, mentions, mean_compound FROM timeline_v9
            ORDER BY run_id, period, entity_type, entity;
        DROP TABLE timeline_v9;
        PRAGMA legacy_alter_table = OFF;
        """, rebuilds: ["comentions", "timeline"]),
        // The report's note on articles in other languages counted them with a scan of every article row of the run
        // (and of the run it is compared with); a run now records the counts it made as it wrote its rows. NULL for
        // runs written before: the scan still answers for them.
        Migration(version: 11, name: "articles in other languages per run", sql: """
        ALTER TABLE runs ADD COLUMN other_languages TEXT;
        """),
    ]
}
