-- Schema 4: each fact row carries its article's date and source key, so histories, timelines and
-- source counts read one index range per facility instead of joining every article.

ALTER TABLE sightings ADD COLUMN published TEXT;
ALTER TABLE sightings ADD COLUMN source_key TEXT;
ALTER TABLE runways ADD COLUMN observed TEXT;      -- the runway's own date, else its article's
ALTER TABLE runways ADD COLUMN source_key TEXT;
ALTER TABLE events ADD COLUMN observed TEXT;       -- the event's own date, else its article's
ALTER TABLE events ADD COLUMN published TEXT;
ALTER TABLE events ADD COLUMN source_key TEXT;
ALTER TABLE claims ADD COLUMN published TEXT;

UPDATE sightings SET (published, source_key) =
  (SELECT a.published, a.source_key FROM articles a WHERE a.id = sightings.article_id);
UPDATE runways SET (observed, source_key) =
  (SELECT coalesce(runways.date, a.published), a.source_key FROM articles a WHERE a.id = runways.article_id);
UPDATE events SET (observed, published, source_key) =
  (SELECT coalesce(events.date, a.published), a.published, a.source_key FROM articles a WHERE a.id = events.article_id);
UPDATE claims SET published = (SELECT a.published FROM articles a WHERE a.id = claims.article_id);

CREATE INDEX sightings_history ON sightings(facility_id, published);
CREATE INDEX runways_facts ON runways(facility_id, length_m, observed, source_key, status);
CREATE INDEX events_timeline ON events(facility_id, observed, type);
