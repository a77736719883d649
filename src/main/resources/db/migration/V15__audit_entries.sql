-- The audit trail: append-only, each entry chained to the previous one by hash (see AuditChain for the exact bytes).
CREATE TABLE audit_entry (
  sequence        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at     timestamptz NOT NULL,
  actor           text NOT NULL,
  client_address  text,
  user_agent      text,
  action          text NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILURE')),
  subject_type    text,
  subject_id      text,
  reason          text,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb,
  previous_hash   text NOT NULL,
  hash            text NOT NULL UNIQUE
);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, occurred_at DESC);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC);

-- The application may only append and read. The trigger stops the owner too, short of dropping it, which is itself
-- a schema change that the chain's verification would reveal through the rows changed afterwards.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${app_role};

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
