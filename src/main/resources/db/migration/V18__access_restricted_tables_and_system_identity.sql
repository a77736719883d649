-- Restricted records in one step, and the system identity that background work acts under.
--
-- A module that holds restricted records creates its table with the conventional columns (id uuid, sensitivity text,
-- assigned_to uuid) and, in the same migration, calls once:
--     CALL access_restrict_table('protection_case', 'protection.case');
-- It then has the row-level security policies, and the face-side guard (RestrictedRecords.checkRead) can tell "no
-- such record" from "not yours" through access_restricted_guard, without any SQL of its own.

-- The system identity: who listeners and scheduled jobs act as (SystemIdentity.run), so that row-level security knows
-- them. It is deliberately not a row of access_user: nobody can sign in as it, hold a role, own an API token (whose
-- user_id references access_user) or be given a share, and the check below keeps an account from ever taking its id.
CREATE FUNCTION access_system_user() RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT '00000000-0000-0000-0000-00000000057e'::uuid
$$;
ALTER TABLE access_user ADD CONSTRAINT access_user_not_system CHECK (id <> '00000000-0000-0000-0000-00000000057e');

-- The rule of V13, plus: the system identity reads every restricted record (a merge must re-point them all). Its
-- every use starts with an audit entry naming the reason.
CREATE OR REPLACE FUNCTION access_may_read_as(reader uuid, assigned_to uuid, record_type text, record_id uuid)
  RETURNS boolean
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
  SELECT reader IS NOT NULL
         AND (reader = public.access_system_user() OR EXISTS (SELECT 1 FROM readers WHERE readers.user_id = reader))
$$;

-- Which table holds each restricted record type. Only the owner (migrations) writes it: were the application able to,
-- it could point a record type at another table and make the guard answer for rows it should not.
CREATE TABLE access_restricted_table (
  record_type  text PRIMARY KEY CHECK (record_type ~ '^[a-z]+(\.[a-z0-9-]+)+$'),
  table_name   regclass NOT NULL UNIQUE
);
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON access_restricted_table FROM ${app_role};

-- What the face needs to tell "no such record" (404) from "not yours" (403, audited) without reading the record's
-- content: its sensitivity and assignee, or no row. SECURITY DEFINER because the row itself is hidden by row-level
-- security from a reader the rule refuses. The table name comes from the registry, never from the caller.
CREATE FUNCTION access_restricted_guard(of_type text, of_id uuid)
  RETURNS TABLE (sensitivity text, assigned_to uuid)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  target regclass;
BEGIN
  SELECT t.table_name INTO target FROM public.access_restricted_table t WHERE t.record_type = of_type;
  IF target IS NULL THEN
    RAISE EXCEPTION 'No table is registered for the restricted record type %', of_type
      USING ERRCODE = 'undefined_table', HINT = 'CALL access_restrict_table(...) in the module''s migration';
  END IF;
  -- regclass prints as a quoted, schema-qualified name, so %s cannot be used to inject SQL.
  RETURN QUERY EXECUTE format('SELECT r.sensitivity::text, r.assigned_to FROM %s r WHERE r.id = $1', target)
    USING of_id;
END
$$;
REVOKE ALL ON FUNCTION access_restricted_guard(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_restricted_guard(text, uuid) TO ${app_role};

-- Whether the transaction's user may make `assigned_to` responsible for a new restricted record: themselves, anyone
-- with access:assign-restricted, or the system identity. The database's half of RestrictedRecords.checkAssignment.
CREATE FUNCTION access_may_assign(assigned_to uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT public.access_current_user() IS NOT NULL
         AND (assigned_to IS NULL
              OR assigned_to = public.access_current_user()
              OR public.access_current_user() = public.access_system_user()
              OR public.access_holds(public.access_current_user(), 'access:assign-restricted'))
$$;
REVOKE ALL ON FUNCTION access_may_assign(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_may_assign(uuid) TO ${app_role};

-- Whether the transaction's user may share the record (record_type, record_id) or revoke its shares: its assignee, a
-- supervisor of the assignee, a holder of access:share-restricted, or the system identity; never merely someone it
-- was shared with. The database's half of RestrictedRecords.share and revokeShare.
CREATE FUNCTION access_may_share(record_type text, record_id uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  sharer uuid := public.access_current_user();
  assignee uuid;
BEGIN
  IF sharer IS NULL THEN
    RETURN false;
  END IF;
  IF sharer = public.access_system_user() OR public.access_holds(sharer, 'access:share-restricted') THEN
    RETURN true;
  END IF;
  SELECT g.assigned_to INTO assignee FROM public.access_restricted_guard(record_type, record_id) g;
  RETURN public.access_is_assignee_or_supervisor(sharer, assignee);
END
$$;
REVOKE ALL ON FUNCTION access_may_share(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_may_share(text, uuid) TO ${app_role};

-- Whether the user the transaction names may see the shares of a record: those who may pass it on, and those who may
-- read it. A share of a type no table is registered for is seen by nobody but its owner's migrations.
CREATE FUNCTION access_may_see_shares(record_type text, record_id uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  viewer uuid := public.access_current_user();
BEGIN
  IF viewer IS NULL
     OR NOT EXISTS (SELECT 1 FROM public.access_restricted_table t WHERE t.record_type = access_may_see_shares.record_type) THEN
    RETURN false;
  END IF;
  IF public.access_may_share(record_type, record_id) THEN
    RETURN true;
  END IF;
  RETURN EXISTS (SELECT 1 FROM public.access_restricted_guard(record_type, record_id) g
                  WHERE g.sensitivity = 'NORMAL'
                     OR public.access_may_read_as(viewer, g.assigned_to, record_type, record_id));
END
$$;
REVOKE ALL ON FUNCTION access_may_see_shares(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_may_see_shares(text, uuid) TO ${app_role};

-- Shares are written only by those the rule above allows, and nobody shares a record with themselves. Who a
-- restricted record is shared with, and why, is restricted too: a share is visible to the user it names, to those who
-- may read the record, and to those who may pass it on (sharing needs to see an existing share to replace it).
ALTER TABLE access_record_share ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_record_share_read ON access_record_share FOR SELECT
  USING (user_id = access_current_user() OR access_may_see_shares(record_type, record_id));
CREATE POLICY access_record_share_insert ON access_record_share FOR INSERT
  WITH CHECK (access_may_share(record_type, record_id) AND user_id <> access_current_user());
CREATE POLICY access_record_share_update ON access_record_share FOR UPDATE
  USING (access_may_share(record_type, record_id))
  WITH CHECK (access_may_share(record_type, record_id) AND user_id <> access_current_user());
CREATE POLICY access_record_share_delete ON access_record_share FOR DELETE
  USING (access_may_share(record_type, record_id));

-- Passing a restricted record on is guarded on update by a trigger, because a policy's check sees only the new row:
--   * handing over (a new assigned_to) needs the right to pass it on (access_may_share: the assignee, their
--     supervisors, a holder of access:share-restricted, the system identity) when it is restricted, and the right to
--     assign to the new assignee (access_may_assign), as on insert;
--   * lowering RESTRICTED to NORMAL needs the right to pass it on;
--   * a record's id never changes (shares and the audit trail name it).
-- Like row-level security, the trigger does not bind the table's owner (migrations): row_security_active() is false
-- for the owner, so a data migration keeps working.
CREATE FUNCTION access_restricted_passed_on() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT row_security_active(TG_RELID) THEN
    RETURN NEW;
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id THEN
    RAISE EXCEPTION 'The id of a restricted record never changes'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.assigned_to IS DISTINCT FROM OLD.assigned_to
     AND (NOT public.access_may_assign(NEW.assigned_to)
          OR (OLD.sensitivity = 'RESTRICTED' AND NOT public.access_may_share(TG_ARGV[0], OLD.id))) THEN
    RAISE EXCEPTION 'Only who may pass a restricted record on may hand it over, to whom they may assign it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.sensitivity = 'RESTRICTED' AND NEW.sensitivity IS DISTINCT FROM 'RESTRICTED'
     AND NOT public.access_may_share(TG_ARGV[0], OLD.id) THEN
    RAISE EXCEPTION 'Only who may pass a restricted record on may make it readable by everyone'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION access_restricted_passed_on() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_restricted_passed_on() TO ${app_role};

-- Declares a table restricted: checks the conventional columns, keeps sensitivity to the known levels, enables
-- row-level security with the four policies below and the trigger above, and registers the table for the guard.
-- Idempotent, so a repeatable migration may call it again. Run by the owner only (from migrations): the application
-- role may not call it.
CREATE PROCEDURE access_restrict_table(target regclass, record_type text)
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  readable text;
  wanted record;
BEGIN
  IF record_type !~ '^[a-z]+(\.[a-z0-9-]+)+$' THEN
    RAISE EXCEPTION 'A record type is a dotted lower-case code, not %', record_type;
  END IF;
  FOR wanted IN SELECT * FROM (VALUES ('id', 'uuid'::regtype), ('sensitivity', 'text'::regtype),
                                      ('assigned_to', 'uuid'::regtype)) AS w (name, type) LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_attribute a
                    WHERE a.attrelid = target AND a.attname = wanted.name AND a.atttypid = wanted.type
                      AND a.attnum > 0 AND NOT a.attisdropped) THEN
      RAISE EXCEPTION 'A restricted table needs the column % of type %; % lacks it', wanted.name, wanted.type, target;
    END IF;
  END LOOP;

  -- The same rule for reading, changing and deleting: a NORMAL row, or one access_may_read allows.
  readable := format('sensitivity = %L OR public.access_may_read(assigned_to, %L, id)', 'NORMAL', record_type);

  EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS restricted_sensitivity_known', target);
  EXECUTE format('ALTER TABLE %s ADD CONSTRAINT restricted_sensitivity_known'
                 ' CHECK (sensitivity IN (%L, %L))', target, 'NORMAL', 'RESTRICTED');

  -- The application role is not the owner, so enabling is enough for the policies to bind it (the owner, who
  -- migrates, is not bound: FORCE is not set on purpose).
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS restricted_read ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS restricted_insert ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS restricted_update ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS restricted_delete ON %s', target);
  EXECUTE format('CREATE POLICY restricted_read ON %s FOR SELECT USING (%s)', target, readable);
  -- Writing needs someone acting in the transaction (a user or the system identity), and a new row assigned to
  -- someone else needs the permission to assign; changing needs the right to read the row first.
  EXECUTE format('CREATE POLICY restricted_insert ON %s FOR INSERT'
                 ' WITH CHECK (public.access_may_assign(assigned_to))', target);
  EXECUTE format('CREATE POLICY restricted_update ON %s FOR UPDATE USING (%s)'
                 ' WITH CHECK (public.access_current_user() IS NOT NULL)', target, readable);
  -- Removing a restricted row is for those who answer for it (its assignee and their supervisors) or the system
  -- identity, never merely someone it was shared with: a share lets a colleague read a survivor's file, not erase it.
  EXECUTE format('CREATE POLICY restricted_delete ON %s FOR DELETE USING ((%s) AND (sensitivity = %L'
                 ' OR public.access_current_user() = public.access_system_user()'
                 ' OR public.access_is_assignee_or_supervisor(public.access_current_user(), assigned_to)))',
                 target, readable, 'NORMAL');
  -- A policy sees only the new row, so passing the row on is checked by a trigger that sees the old one too.
  EXECUTE format('DROP TRIGGER IF EXISTS restricted_passed_on ON %s', target);
  EXECUTE format('CREATE TRIGGER restricted_passed_on BEFORE UPDATE ON %s FOR EACH ROW'
                 ' EXECUTE FUNCTION public.access_restricted_passed_on(%L)', target, record_type);

  INSERT INTO public.access_restricted_table (record_type, table_name) VALUES (record_type, target)
  ON CONFLICT ON CONSTRAINT access_restricted_table_pkey DO UPDATE SET table_name = EXCLUDED.table_name;
END
$$;
REVOKE ALL ON PROCEDURE access_restrict_table(regclass, text) FROM PUBLIC;
REVOKE ALL ON PROCEDURE access_restrict_table(regclass, text) FROM ${app_role};
