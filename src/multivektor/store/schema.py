"""The DuckDB schema of a Multivektor database, and its version."""

from __future__ import annotations

SCHEMA_VERSION = 2

#: Tables that hold per-article results; a re-ingested article's rows are replaced in all.
RESULT_TABLES = ("mentions", "events", "event_actors", "quotes", "sources")

DDL = """
CREATE TABLE IF NOT EXISTS schema_info (
    version INTEGER NOT NULL,
    created_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    date VARCHAR,            -- as given: YYYY-MM-DD, or YYYY-MM when that is all we know
    day DATE,                -- the parsed date where it is a full date
    title VARCHAR,
    text VARCHAR NOT NULL,
    url VARCHAR,
    publisher VARCHAR,
    author VARCHAR,
    lang VARCHAR,
    origin VARCHAR,
    removed JSON,            -- page furniture removed by cleaning
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER, end_char INTEGER, text VARCHAR,
    kind VARCHAR, code VARCHAR, sector VARCHAR, name VARCHAR, role VARCHAR,
    confidence DOUBLE, source VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    event VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[],
    date VARCHAR, day DATE,
    negated BOOLEAN, nominal BOOLEAN,
    text VARCHAR, start_char INTEGER, end_char INTEGER,
    cameo VARCHAR, quad_class INTEGER, score DOUBLE, confidence DOUBLE, rule VARCHAR,
    evidence JSON,
    background BOOLEAN DEFAULT false  -- an earlier event the article reports (schema 2)
);

CREATE TABLE IF NOT EXISTS event_actors (
    article_id VARCHAR NOT NULL,
    event_idx INTEGER NOT NULL,
    role VARCHAR NOT NULL,   -- 'actor' or 'recipient'
    code VARCHAR NOT NULL, sector VARCHAR, text VARCHAR, name VARCHAR,
    start_char INTEGER, end_char INTEGER
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    kind VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER,
    speaker VARCHAR, code VARCHAR, sector VARCHAR,
    speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER
);

CREATE TABLE IF NOT EXISTS sources (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    name VARCHAR NOT NULL, text VARCHAR, start_char INTEGER, end_char INTEGER
);
"""

#: Statements that bring a database of an older schema version to the next one.
MIGRATIONS: dict[int, str] = {
    1: "ALTER TABLE events ADD COLUMN IF NOT EXISTS background BOOLEAN DEFAULT false;",
}
