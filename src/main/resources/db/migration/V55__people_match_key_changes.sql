-- Which persons' blocking keys changed, by the transaction that changed them, so that every application node can keep
-- the keys in its memory and catch up with what other transactions and nodes wrote (people.internal.KeyIndex).
--
-- At a million persons a batch of registrations read some 230 key rows a person from people_match_key to count the
-- holders of each of its keys, the largest part of PostgreSQL's work a registration. A node now reads the whole table
-- once, when it first searches, and then, before each search, only the persons listed here since the oldest
-- transaction still running at its last look: pg_snapshot_xmin of that look's snapshot. Every transaction that had
-- not ended then carries an xid at least that old, so none is missed however the transactions commit; one that had
-- ended may be read again, which changes nothing. The keys themselves are read again from people_match_key.
--
-- Written by triggers, so that no path that changes keys (registration, a correction, a merge or its undo, a
-- deletion, the profile refresh, a migration) can forget it. Rows older than a day are removed (the task
-- people-match-key-changes-prune); a node that has not looked for that long reads the whole table again.
CREATE TABLE people_match_key_change (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  xid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
  -- NULL: the table was emptied (TRUNCATE); every node reads it whole again
  person_id  uuid,
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX people_match_key_change_xid_idx ON people_match_key_change (xid);
CREATE INDEX people_match_key_change_at_idx ON people_match_key_change (changed_at);

CREATE FUNCTION people_match_key_changed() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_catalog, pg_temp
AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO people_match_key_change (person_id) VALUES (NULL);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO people_match_key_change (person_id) SELECT DISTINCT person_id FROM gone;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO people_match_key_change (person_id) SELECT DISTINCT person_id FROM came;
  ELSE
    INSERT INTO people_match_key_change (person_id)
    SELECT person_id FROM gone UNION SELECT person_id FROM came;
  END IF;
  RETURN NULL;
END
$$;

-- Once a statement, with the rows it changed: a registration's batch writes its thousands of keys in a few statements.
CREATE TRIGGER people_match_key_inserted AFTER INSERT ON people_match_key
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();
CREATE TRIGGER people_match_key_updated AFTER UPDATE ON people_match_key
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();
CREATE TRIGGER people_match_key_deleted AFTER DELETE ON people_match_key
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();
CREATE TRIGGER people_match_key_truncated AFTER TRUNCATE ON people_match_key
  FOR EACH STATEMENT EXECUTE FUNCTION people_match_key_changed();
