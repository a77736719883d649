-- The persons recorded as likely one person (an open pair of the review queue) count as one bearer of their names,
-- where the names are rare: each node keeps, beside the blocking keys (V55, KeyIndex), which persons the open pairs
-- join, and learns of every change to the pairs through the same list of changes. A person registered three times is
-- not three namesakes of the fourth record of her (bench/README.md, "The copies awaiting review count as one person").
--
-- A pair's change lists both its persons, not as changed keys: a node reads which persons they are one with again,
-- not their keys.
ALTER TABLE people_match_key_change ADD COLUMN keys_changed boolean NOT NULL DEFAULT true;

-- Whether a pair joins its two persons so: only when it was likely with every stored record counted as a bearer of its
-- own. A pair likely only because a group counted as one joins no one: else each namesake registered after would join
-- the group, and make the next one likely in turn. Pairs found before were all found so.
ALTER TABLE people_duplicate_pair ADD COLUMN counts_as_one boolean NOT NULL DEFAULT true;

CREATE FUNCTION people_duplicate_pair_changed() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_catalog, pg_temp
AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO people_match_key_change (person_id) VALUES (NULL);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO people_match_key_change (person_id, keys_changed)
    SELECT person_a, false FROM gone UNION SELECT person_b, false FROM gone;
  ELSE
    INSERT INTO people_match_key_change (person_id, keys_changed)
    SELECT person_a, false FROM came UNION SELECT person_b, false FROM came;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER people_duplicate_pair_inserted AFTER INSERT ON people_duplicate_pair
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION people_duplicate_pair_changed();
CREATE TRIGGER people_duplicate_pair_updated AFTER UPDATE ON people_duplicate_pair
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION people_duplicate_pair_changed();
CREATE TRIGGER people_duplicate_pair_deleted AFTER DELETE ON people_duplicate_pair
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION people_duplicate_pair_changed();
CREATE TRIGGER people_duplicate_pair_truncated AFTER TRUNCATE ON people_duplicate_pair
  FOR EACH STATEMENT EXECUTE FUNCTION people_duplicate_pair_changed();

-- Every node reads the index whole again, with the pairs.
INSERT INTO people_match_key_change (person_id) VALUES (NULL);
