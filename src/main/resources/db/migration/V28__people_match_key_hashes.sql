-- The duplicate engine's blocking keys as 64-bit hashes, with the version of the person they were derived from.
--
-- At a million persons the text keys took 1.3 GB and every registration inserts eleven of them at random places.
-- A key is now stored as hashtextextended(key, 0), computed by PostgreSQL on insert and on lookup, so the application
-- never reproduces the hash (the function is the one hash partitioning relies on: stable across versions and
-- platforms). Two keys sharing a hash only add a candidate, which the engine then scores as any other.
--
-- The version is the person's version when the keys were written: an application node may keep decoded match
-- features by (person, version), immutable, and read from the heap only those it lacks. Rows are rewritten whenever
-- a person's features change (a correction, an undone merge), and removed when the person stops being a candidate
-- (merged, deleted). The index covers every column, so that a lookup reads the index alone.
ALTER TABLE people_match_key RENAME TO people_match_key_text;
ALTER INDEX people_match_key_pkey RENAME TO people_match_key_text_pkey;
ALTER INDEX people_match_key_person_idx RENAME TO people_match_key_text_person_idx;

CREATE TABLE people_match_key (
  hash       bigint NOT NULL,
  -- No foreign key: persons are never deleted (V27), and checking one locked the person's row for each of the
  -- eleven keys a registration writes.
  person_id  uuid NOT NULL,
  version    integer NOT NULL,
  PRIMARY KEY (hash, person_id) INCLUDE (version)
) WITH (autovacuum_vacuum_insert_scale_factor = 0.05);
-- Inserted into, looked up, rarely updated: a vacuum now and then keeps the visibility map current, so that lookups
-- stay index-only scans as the table grows.

INSERT INTO people_match_key (hash, person_id, version)
SELECT hashtextextended(k.key, 0), k.person_id, p.version
  FROM people_match_key_text k
  JOIN people_person p ON p.id = k.person_id
ON CONFLICT DO NOTHING;

DROP TABLE people_match_key_text;

CREATE INDEX people_match_key_person_idx ON people_match_key (person_id);

-- Only current persons hold keys, whatever path marks a person merged or deleted: the search trusts a key row (and
-- the features kept for its version) without reading the person's row again.
CREATE FUNCTION people_match_key_drop_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM people_match_key WHERE person_id = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER people_person_gone_drops_keys
  AFTER UPDATE OF deleted_at, merged_into ON people_person
  FOR EACH ROW
  WHEN (NEW.deleted_at IS NOT NULL OR NEW.merged_into IS NOT NULL)
  EXECUTE FUNCTION people_match_key_drop_gone();
