-- Schema 5: a dossier or a speaker's claims read one index range, not every article behind them.
-- Equipment sightings carry their article's date and source key, like the other fact rows.

ALTER TABLE facility_equipment ADD COLUMN published TEXT;
ALTER TABLE facility_equipment ADD COLUMN source_key TEXT;
UPDATE facility_equipment SET (published, source_key) =
  (SELECT a.published, a.source_key FROM articles a WHERE a.id = facility_equipment.article_id);
CREATE INDEX facility_equipment_facts ON facility_equipment(facility_id, equipment_id, published, source_key);

-- The latest claims of a speaker come off the end of one range; the old index is a prefix of it.
CREATE INDEX claims_speaker_recent ON claims(speaker_id, published, article_id, start);
DROP INDEX claims_speaker;

-- Near-duplicate probes read article ids straight from the index, without visiting the table.
CREATE INDEX article_sketch_postings ON article_sketch(hash, article_id);
DROP INDEX article_sketch_hash;
CREATE INDEX article_sketch_members ON article_sketch(article_id, hash);
DROP INDEX article_sketch_article;

-- A runway figure's example wordings and articles are read in (length, id) order off the index.
CREATE INDEX runways_examples ON runways(facility_id, length_m, id, text, article_id);
