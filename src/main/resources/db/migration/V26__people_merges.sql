-- Merging two records of one person, undoing it, and the scheduled scan for duplicates already stored.
--
-- A merge itself lives on people_person (merged_into, merged_at, merged_by) and in its history; this log keeps every
-- merge with its undoing, so that a survivor's record can list what was merged into it and when a merge was undone,
-- by whom. Rows are never deleted.
CREATE TABLE people_merge (
  id          uuid PRIMARY KEY,
  merged      uuid NOT NULL REFERENCES people_person (id),
  survivor    uuid NOT NULL REFERENCES people_person (id),
  merged_at   timestamptz NOT NULL,
  merged_by   text NOT NULL,
  undone_at   timestamptz,
  undone_by   text,
  CHECK (merged <> survivor),
  CHECK ((undone_at IS NULL) = (undone_by IS NULL))
);
-- A person is merged at most once at a time.
CREATE UNIQUE INDEX people_merge_current_key ON people_merge (merged) WHERE undone_at IS NULL;
CREATE INDEX people_merge_survivor_idx ON people_merge (survivor, merged_at DESC);

-- Where the scheduled duplicate scan stands: it walks the stored persons in id order, a slice at a time, and starts
-- over when it reaches the end. One row; a node that dies mid-pass leaves the cursor where the last slice committed.
CREATE TABLE people_duplicate_scan (
  only_row         boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  after_person     uuid,
  pass_started_at  timestamptz,
  passes_finished  integer NOT NULL DEFAULT 0,
  last_slice_at    timestamptz
);
INSERT INTO people_duplicate_scan (only_row) VALUES (true);
