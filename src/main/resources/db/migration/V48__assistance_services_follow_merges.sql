-- Assistance (issue 14): a person merged into another is one person in the ledger of who received what (their
-- services list, reports' people reached, monitoring samples): their services move to the survivor, and an undone
-- merge moves back exactly those it moved (PersonUnmerged's contract). The rest keeps the person as recorded: who
-- was listed, handed over to, paid or sampled is a fact of that day.
CREATE TABLE assistance_service_merge_move (
  service_id     uuid NOT NULL REFERENCES assistance_service (id),
  merged_person  uuid NOT NULL,
  survivor       uuid NOT NULL,
  moved_at       timestamptz NOT NULL,
  PRIMARY KEY (service_id, merged_person, survivor)
);
CREATE INDEX assistance_service_merge_move_merge_idx ON assistance_service_merge_move (merged_person, survivor);
