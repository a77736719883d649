-- The sensitivity rule for restricted records, in one place for every module's row-level security policies:
-- a RESTRICTED record is readable only by the user it is assigned to, the users it was shared with, and their
-- supervisors (following access_user.supervisor_id upwards, transitively).
--
-- The reader is the user id the application sets at the start of each transaction with
-- set_config('masar.user_id', <uuid>, true) (see UserAwareTransactionManager). Outside a transaction, or when no user
-- is signed in, the setting is empty and nothing restricted is readable: the rule fails closed.

CREATE TABLE access_record_share (
  record_type  text NOT NULL CHECK (record_type ~ '^[a-z]+(\.[a-z0-9-]+)+$'),
  record_id    uuid NOT NULL,
  user_id      uuid NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  granted_by   uuid REFERENCES access_user (id),
  granted_at   timestamptz NOT NULL DEFAULT now(),
  reason       text NOT NULL CHECK (length(trim(reason)) > 0),
  PRIMARY KEY (record_type, record_id, user_id)
);
CREATE INDEX access_record_share_user_idx ON access_record_share (user_id);

-- The user the current transaction acts for, or null.
CREATE FUNCTION access_current_user() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT NULLIF(current_setting('masar.user_id', true), '')::uuid
$$;

-- Whether `reader` may read the restricted record (record_type, record_id) assigned to `assigned_to`.
-- SECURITY DEFINER so that policies can consult shares and the supervisor chain whatever the caller may see; the
-- search_path is fixed and every name qualified, so a caller cannot substitute tables or operators.
CREATE FUNCTION access_may_read_as(reader uuid, assigned_to uuid, record_type text, record_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  WITH RECURSIVE readers (user_id) AS (
      SELECT assigned_to WHERE assigned_to IS NOT NULL
      UNION
      SELECT s.user_id FROM public.access_record_share s
       WHERE s.record_type = access_may_read_as.record_type AND s.record_id = access_may_read_as.record_id
      UNION
      -- UNION (not UNION ALL) drops rows already seen, so a loop in the supervisor chain ends.
      SELECT u.supervisor_id FROM readers r JOIN public.access_user u ON u.id = r.user_id
       WHERE u.supervisor_id IS NOT NULL
  )
  SELECT reader IS NOT NULL AND EXISTS (SELECT 1 FROM readers WHERE readers.user_id = reader)
$$;

-- The rule for the transaction's user: what row-level security policies call.
CREATE FUNCTION access_may_read(assigned_to uuid, record_type text, record_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT public.access_may_read_as(public.access_current_user(), assigned_to, record_type, record_id)
$$;

REVOKE ALL ON FUNCTION access_may_read_as(uuid, uuid, text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION access_may_read(uuid, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_may_read_as(uuid, uuid, text, uuid) TO ${app_role};
GRANT EXECUTE ON FUNCTION access_may_read(uuid, text, uuid) TO ${app_role};
