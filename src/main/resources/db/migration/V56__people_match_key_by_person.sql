-- The blocking keys are no longer looked up by hash in PostgreSQL: each node keeps them in memory (V55, KeyIndex) and
-- reads them by person (a person's keys again after a change) or whole. The index by hash went, and the primary key
-- now leads with the person: a registration's dozen keys land in one leaf page of one index, not in a dozen pages of
-- two, so that writing them dirties, and logs, far fewer pages (bench/README.md, "The blocking keys kept in memory").
ALTER TABLE people_match_key DROP CONSTRAINT people_match_key_pkey;
DROP INDEX people_match_key_person_idx;
ALTER TABLE people_match_key ADD CONSTRAINT people_match_key_pkey PRIMARY KEY (person_id, hash) INCLUDE (version);
