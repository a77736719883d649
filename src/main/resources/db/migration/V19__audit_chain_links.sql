-- Audit entries are now appended in the caller's transaction (a plain INSERT that takes no lock), and one chainer at a
-- time links committed entries afterwards, in an order it assigns (see AuditChainer). Identity order is not commit
-- order: a transaction that took sequence 7 may commit after the one that took 8, so the chain's order is its own
-- position column, not the entry's sequence.

-- New entries carry no hash of their own: their link (and keyed MAC) lives in audit_link. Entries written by V15's
-- unkeyed SHA-256 chain keep their hashes, which the verification still checks, and are linked afresh below.
ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;
-- Its uniqueness guarded nothing the chain does not, and every new entry would still pay for the index.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_hash_key;
-- Entries arrive in time order, so a block-range index finds a period as well as a b-tree would, at a fraction of the
-- cost every append pays to keep it.
DROP INDEX audit_entry_occurred_idx;
CREATE INDEX audit_entry_occurred_idx ON audit_entry USING brin (occurred_at);

-- One row per chained entry, append-only like the entries. The MAC is HMAC-SHA-256, under a key held outside the
-- database, over the previous link's MAC, this position, and every field of the entry (see AuditChain), so that
-- whoever can write rows cannot make a continuation that verifies.
CREATE TABLE audit_link (
  position        bigint PRIMARY KEY CHECK (position > 0),
  -- No foreign key: entries can be neither changed nor removed, a link to an entry that is not there breaks the
  -- verification anyway, and the chainer would pay a lookup for every entry it links.
  entry_sequence  bigint NOT NULL UNIQUE,
  mac             bytea NOT NULL CHECK (length(mac) = 32),
  linked_at       timestamptz NOT NULL DEFAULT now()
);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_link FROM ${app_role};
GRANT SELECT, INSERT ON audit_link TO ${app_role};
CREATE TRIGGER audit_link_append_only BEFORE UPDATE OR DELETE ON audit_link
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_link_no_truncate BEFORE TRUNCATE ON audit_link
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- The chainer's work queue: committed entries not linked yet. It is only a shortcut, so that the chainer does not
-- search ten million entries for the few new ones; the verification finds unlinked entries without it, so emptying
-- it cannot hide an entry.
-- No foreign key: every audited step pays for this row, and a check against the entry it was inserted with proves
-- nothing.
CREATE TABLE audit_unchained (
  sequence  bigint PRIMARY KEY
);
REVOKE UPDATE, TRUNCATE ON audit_unchained FROM ${app_role};

-- Entries of an upgraded database are linked afresh by the chainer on its first run, in sequence order.
INSERT INTO audit_unchained (sequence) SELECT sequence FROM audit_entry;
