-- basewatch knowledge base, schema 1. Every fact row carries (article_id, start, end): the
-- article it came from and its character offsets in that article's original text.

CREATE TABLE articles (
  id         TEXT PRIMARY KEY,        -- hex digest of the normalised text (article@1 article.id)
  url        TEXT,
  title      TEXT,
  published  TEXT,                    -- YYYY, YYYY-MM or YYYY-MM-DD
  outlet     TEXT,                    -- front matter / feed / site name, else the URL's host
  language   TEXT NOT NULL DEFAULT 'en',
  chars      INTEGER NOT NULL,
  origin     TEXT,                    -- file (and line) it was read from
  dup_of     TEXT REFERENCES articles(id), -- first stored near-duplicate (copies of one story)
  source_key TEXT NOT NULL,           -- what counts as one source: outlet of the story, copies once
  ingested   TEXT NOT NULL DEFAULT (datetime('now')),
  text       TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE article_sketch (hash INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id));
CREATE INDEX article_sketch_hash ON article_sketch(hash);

CREATE TABLE facilities (               -- one row per real facility, across all articles
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, catalog_id TEXT UNIQUE,
  operator TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, geo_precision TEXT
);
CREATE TABLE speakers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT, affiliation TEXT);
CREATE TABLE equipment (
  id INTEGER PRIMARY KEY, designation TEXT NOT NULL, key TEXT NOT NULL UNIQUE,
  name TEXT, class TEXT, origin TEXT, in_catalog INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE places (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT, country TEXT, admin1 TEXT,
  lat REAL, lon REAL, geonameid INTEGER, key TEXT NOT NULL UNIQUE
);
CREATE TABLE aliases (                  -- every spelling seen; fold = transliteration-folded key
  entity TEXT NOT NULL CHECK (entity IN ('facility', 'speaker', 'equipment')),
  entity_id INTEGER NOT NULL, alias TEXT NOT NULL, fold TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, alias)
);
CREATE INDEX aliases_fold ON aliases(entity, fold);

CREATE TABLE sightings (                -- one facility as one article saw it, and why it joined
  article_id TEXT NOT NULL REFERENCES articles(id), local_id TEXT NOT NULL,
  facility_id INTEGER NOT NULL REFERENCES facilities(id),
  name TEXT NOT NULL, kind TEXT, operator TEXT, country TEXT, admin1 TEXT,
  lat REAL, lon REAL, geo_precision TEXT, tenants TEXT,
  match_rule TEXT NOT NULL,             -- catalog | alias | translit | fuzzy | new
  match_evidence TEXT NOT NULL, rule TEXT,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX sightings_facility ON sightings(facility_id);

CREATE TABLE mentions (                 -- every surface form of an entity, tied to its characters
  article_id TEXT NOT NULL REFERENCES articles(id),
  entity TEXT NOT NULL CHECK (entity IN ('facility', 'speaker', 'equipment', 'place')),
  entity_id INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity, entity_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE runways (                  -- runway observations: history, not a single value
  id INTEGER PRIMARY KEY, facility_id INTEGER NOT NULL REFERENCES facilities(id),
  article_id TEXT NOT NULL REFERENCES articles(id), length_m REAL, approx INTEGER NOT NULL,
  qualifier TEXT, status TEXT, date TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT, rule TEXT
);
CREATE INDEX runways_facility ON runways(facility_id);

CREATE TABLE facility_equipment (       -- an equipment sighting at a facility, per article
  facility_id INTEGER NOT NULL REFERENCES facilities(id),
  equipment_id INTEGER NOT NULL REFERENCES equipment(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (facility_id, equipment_id, article_id)
);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
  speaker_id INTEGER NOT NULL REFERENCES speakers(id), speaker_text TEXT, cue TEXT NOT NULL,
  hedged INTEGER NOT NULL, content TEXT NOT NULL, content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, rule TEXT
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_speaker ON claims(speaker_id);
CREATE TABLE claim_facilities (
  claim_id INTEGER NOT NULL REFERENCES claims(id), facility_id INTEGER NOT NULL REFERENCES facilities(id),
  PRIMARY KEY (claim_id, facility_id)
);
CREATE INDEX claim_facilities_facility ON claim_facilities(facility_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
  facility_id INTEGER REFERENCES facilities(id), type TEXT NOT NULL, actor TEXT, date TEXT,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT, rule TEXT
);
CREATE INDEX events_facility ON events(facility_id);

CREATE TABLE citations (                -- sources an article cites: outlets, officials, imagery
  article_id TEXT NOT NULL REFERENCES articles(id), kind TEXT NOT NULL, name TEXT NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT
);
CREATE INDEX citations_article ON citations(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE VIRTUAL TABLE claims_fts USING fts5(content, content='claims', content_rowid='id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, content) VALUES (new.id, new.content);
END;
