-- The four-eyes mechanism (maker-checker): a command one user records and a second user approves or rejects.
--
-- A command is recorded PENDING; nothing happens until a checker, never its maker, decides it. Only a pending command
-- may change, and then only its decision: once approved, rejected or withdrawn a row is final. Rows are never deleted;
-- who recorded, approved, rejected or withdrew what, and when, is also in the audit trail.
CREATE TABLE approvals_command (
  id            uuid PRIMARY KEY,
  -- The command type, owned by one module (dtm.round-publication); its handler runs when it is approved.
  type          text NOT NULL CHECK (type ~ '^[a-z]+(\.[a-z0-9-]+)+$'),
  -- The id of the thing acted on (a round version's id); one pending command per type and subject.
  subject       text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  -- A short text without personal data, shown in the queue.
  summary       text NOT NULL CHECK (length(summary) BETWEEN 1 AND 300),
  -- What the checker needs (dtm:publish), and the baladiya they must cover when one is named.
  permission    text NOT NULL REFERENCES access_permission (code),
  baladiya      text REFERENCES geo_baladiya (pcode),
  payload       jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(payload) = 'object'),
  status        text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  maker         uuid NOT NULL REFERENCES access_user (id),
  requested_at  timestamptz NOT NULL,
  decider       uuid REFERENCES access_user (id),
  decided_at    timestamptz,
  reason        text CHECK (length(reason) <= 1000),
  lock_version  integer NOT NULL DEFAULT 0,
  CHECK ((status = 'PENDING') = (decider IS NULL)),
  CHECK ((status = 'PENDING') = (decided_at IS NULL)),
  -- Four eyes: a checker is never the maker; only the maker withdraws.
  CHECK (status NOT IN ('APPROVED', 'REJECTED') OR decider <> maker),
  CHECK (status <> 'WITHDRAWN' OR decider = maker),
  CHECK ((status = 'REJECTED') = (reason IS NOT NULL AND length(trim(reason)) > 0))
);

-- A second pending command for the same thing is refused.
CREATE UNIQUE INDEX approvals_command_one_pending ON approvals_command (type, subject) WHERE status = 'PENDING';
-- The queue: pending commands by permission, newest first; a maker's own commands.
CREATE INDEX approvals_command_queue_idx ON approvals_command (permission, requested_at DESC) WHERE status = 'PENDING';
CREATE INDEX approvals_command_maker_idx ON approvals_command (maker, requested_at DESC);

-- A decided command is final, and a decision changes nothing of what was asked.
CREATE FUNCTION approvals_command_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'PENDING' THEN
    RAISE EXCEPTION 'approvals_command % is % and cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.id, NEW.type, NEW.subject, NEW.summary, NEW.permission, NEW.baladiya, NEW.payload, NEW.maker,
      NEW.requested_at) IS DISTINCT FROM
     (OLD.id, OLD.type, OLD.subject, OLD.summary, OLD.permission, OLD.baladiya, OLD.payload, OLD.maker,
      OLD.requested_at) THEN
    RAISE EXCEPTION 'approvals_command %: only the decision may change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER approvals_command_final BEFORE UPDATE ON approvals_command
  FOR EACH ROW EXECUTE FUNCTION approvals_command_final();

REVOKE DELETE ON approvals_command FROM ${app_role};
