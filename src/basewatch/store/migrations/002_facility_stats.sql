-- Schema 2: what the facility table needs, kept up to date at ingest so listing stays fast at
-- any corpus size; and the names each article used for a facility, stored with its sighting.

ALTER TABLE sightings ADD COLUMN written TEXT;  -- the article's own names for it, '; '-joined

CREATE TABLE facility_stats (
  facility_id INTEGER PRIMARY KEY REFERENCES facilities(id),
  articles INTEGER NOT NULL, first_seen TEXT, last_seen TEXT
);
CREATE TABLE facility_sources (          -- distinct sources (articles.source_key) per facility
  facility_id INTEGER NOT NULL REFERENCES facilities(id), source_key TEXT NOT NULL,
  PRIMARY KEY (facility_id, source_key)
) WITHOUT ROWID;

INSERT INTO facility_stats (facility_id, articles, first_seen, last_seen)
  SELECT s.facility_id, count(*), min(a.published), max(a.published)
  FROM sightings s JOIN articles a ON a.id = s.article_id GROUP BY s.facility_id;
INSERT OR IGNORE INTO facility_sources (facility_id, source_key)
  SELECT s.facility_id, a.source_key FROM sightings s JOIN articles a ON a.id = s.article_id;
