-- The blocking keys, one row a person: the key hashes in an array, with the version they were derived from.
--
-- Since each node keeps the keys in memory (V55, KeyIndex), PostgreSQL reads them by person only (a person's keys
-- again after a change) or whole, never by hash. A row a key cost what an index by hash had been kept for: at a
-- million persons, writing a registration's dozen key rows (each in the primary key, each captured for the list of
-- changes) was the largest statement of a registration, about 0.1 ms of PostgreSQL's time a person, and the table took
-- 1.4 GB (bench/README.md, "The keys in one row a person"). One row a person is one heap tuple and one entry of the
-- primary key.
--
-- Only current persons hold keys (merged and deleted persons hold none, V28), and the version is the one the keys were
-- derived from: the features a node keeps under it never go stale. No foreign key, for V28's reason.
CREATE TABLE people_match_keys (
  person_id  uuid PRIMARY KEY,
  version    integer NOT NULL,
  hashes     bigint[] NOT NULL
);

INSERT INTO people_match_keys (person_id, version, hashes)
SELECT person_id, max(version), array_agg(hash ORDER BY hash)
  FROM people_match_key
 GROUP BY person_id;

-- The list of changes (V55) is written by the same triggers, now on this table; people_match_key_changed() reads the
-- person_id of the rows a statement changed, which this table has too.
CREATE TRIGGER people_match_keys_inserted AFTER INSERT ON people_match_keys
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();
CREATE TRIGGER people_match_keys_updated AFTER UPDATE ON people_match_keys
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();
CREATE TRIGGER people_match_keys_deleted AFTER DELETE ON people_match_keys
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();
CREATE TRIGGER people_match_keys_truncated AFTER TRUNCATE ON people_match_keys
  FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();

CREATE OR REPLACE FUNCTION people_match_key_drop_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM people_match_keys WHERE person_id = NEW.id;
  RETURN NULL;
END;
$$;

DROP TABLE people_match_key;

-- Every node reads the keys whole again, from this table, as after a TRUNCATE.
INSERT INTO people_match_key_change (person_id) VALUES (NULL);
