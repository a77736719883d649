-- Passing a restricted record on, guarded in the database as sharing already is (V18).
--
-- Until now the update policy of a restricted table only asked that someone be named in the transaction, so anyone
-- who could read a row (a user it was merely shared with, say) could, through a forgotten check in some module, hand
-- it over to anyone (access_may_assign was asked on insert only), take it for themselves, or lower it to NORMAL so that
-- every user reads it. A policy's check sees only the new row, so a trigger that sees both rows now asks, on update:
--   * handing over (a new assigned_to): the right to pass it on (access_may_share: the assignee, their supervisors,
--     a holder of access:share-restricted, the system identity) when it is restricted, and the right to assign to the
--     new assignee (access_may_assign), as on insert;
--   * lowering RESTRICTED to NORMAL: the right to pass it on;
--   * a record's id never changes (shares and the audit trail name it).
-- Like row-level security, the trigger does not bind the table's owner (migrations): row_security_active() is false
-- for the owner, so a data migration keeps working.
--
-- Who a restricted record is shared with, and why, is restricted too: the share table's rows are now visible only to
-- the user a share names, to those who may read the record, and to those who may pass it on (sharing needs to see
-- an existing share to replace it), no longer to every user.

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

DROP POLICY access_record_share_read ON access_record_share;
CREATE POLICY access_record_share_read ON access_record_share FOR SELECT
  USING (user_id = access_current_user() OR access_may_see_shares(record_type, record_id));

-- Declares a table restricted (V18), now with the trigger above as well.
CREATE OR REPLACE PROCEDURE access_restrict_table(target regclass, record_type text)
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
  -- A policy sees only the new row, so passing the row on (V22) is checked by a trigger that sees the old one too.
  EXECUTE format('DROP TRIGGER IF EXISTS restricted_passed_on ON %s', target);
  EXECUTE format('CREATE TRIGGER restricted_passed_on BEFORE UPDATE ON %s FOR EACH ROW'
                 ' EXECUTE FUNCTION public.access_restricted_passed_on(%L)', target, record_type);

  INSERT INTO public.access_restricted_table (record_type, table_name) VALUES (record_type, target)
  ON CONFLICT ON CONSTRAINT access_restricted_table_pkey DO UPDATE SET table_name = EXCLUDED.table_name;
END
$$;

REVOKE ALL ON PROCEDURE access_restrict_table(regclass, text) FROM PUBLIC;
REVOKE ALL ON PROCEDURE access_restrict_table(regclass, text) FROM ${app_role};

-- The tables already declared restricted get the trigger and the narrower deletion too.
DO $$
DECLARE
  registered record;
BEGIN
  FOR registered IN SELECT t.table_name, t.record_type FROM access_restricted_table t LOOP
    CALL access_restrict_table(registered.table_name, registered.record_type);
  END LOOP;
END
$$;
