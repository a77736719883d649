-- One change stamp for the caches of what is read at every request and changes rarely (an account's state and
-- permissions, a collect password, a form's state and access, a site, the current flow-survey questionnaire): a
-- value cached under a stamp is used only while the stamp has not moved, so no cache is ever staler than the database
-- on any node (org.masar.shared.ChangeStamp). Each table such a value is read from gets two triggers:
--  * after each statement that changes it, the transaction is marked as having changed stamped data
--    (masar.change_pending): until it ends, its own reads bypass the caches and see its own writes;
--  * when it commits (deferred to then), the stamp moves, once per transaction. Deferred, so a transaction takes the
--    stamp's row lock last, after every row lock it needs: two writers of stamped tables cannot deadlock on it.
-- The stamp moves atomically with the change it stands for: a node that reads the new stamp reads the new data.
CREATE TABLE shared_change_stamp (
  only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  stamp     bigint NOT NULL
);
INSERT INTO shared_change_stamp (only_row, stamp) VALUES (true, 1);
-- the application reads the stamp; only the trigger below moves it (moving it back would revive stale values)
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON shared_change_stamp FROM ${app_role};

CREATE FUNCTION shared_change_pending() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM set_config('masar.change_pending', 'yes', true);
  RETURN NULL;
END
$$;

CREATE FUNCTION shared_change_stamp_move() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF current_setting('masar.change_stamp_moved', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('masar.change_stamp_moved', 'yes', true);
    UPDATE public.shared_change_stamp SET stamp = stamp + 1;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shared_change_stamp_move() FROM PUBLIC;

-- Stamps a table: both triggers, for every change, or for updates of the given columns only (a column written at
-- every use, as a password's last use, would otherwise empty the caches at every use). Run by migrations only.
CREATE PROCEDURE shared_stamp_changes_of(target regclass, updated_columns text DEFAULT NULL)
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  name text := (SELECT c.relname FROM pg_class c WHERE c.oid = target);
  events text := 'INSERT OR DELETE OR UPDATE' || coalesce(' OF ' || updated_columns, '');
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER %s OR TRUNCATE ON %s FOR EACH STATEMENT '
                 'EXECUTE FUNCTION public.shared_change_pending()', name || '_change_pending', events, target);
  EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER %s ON %s DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
                 'EXECUTE FUNCTION public.shared_change_stamp_move()', name || '_change_stamp', events, target);
  -- TRUNCATE has no row to defer a trigger for: it moves the stamp at once
  EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s FOR EACH STATEMENT '
                 'EXECUTE FUNCTION public.shared_change_stamp_move()', name || '_truncate_stamp', target);
END
$$;
REVOKE ALL ON PROCEDURE shared_stamp_changes_of(regclass, text) FROM PUBLIC;

-- access: an account's state, roles and permissions (access.internal.AccountStates)
CALL shared_stamp_changes_of('access_user');
CALL shared_stamp_changes_of('access_user_role');
CALL shared_stamp_changes_of('access_role_permission');
-- collect: collect passwords (not their last use), forms, versions, who may collect, bindings
CALL shared_stamp_changes_of('collect_password', 'id, user_id, username, prefix, password_hash, digest_ha1, revoked_at');
CALL shared_stamp_changes_of('collect_form');
CALL shared_stamp_changes_of('collect_form_version');
CALL shared_stamp_changes_of('collect_form_user');
CALL shared_stamp_changes_of('collect_form_office');
CALL shared_stamp_changes_of('collect_binding');
-- geo: sites (a flow-monitoring point's type and whether it is active)
CALL shared_stamp_changes_of('geo_site');
-- dtm: the flow-survey questionnaire's versions
CALL shared_stamp_changes_of('dtm_flow_survey_version');
CALL shared_stamp_changes_of('geo_baladiya');
CALL shared_stamp_changes_of('geo_mantika');
CALL shared_stamp_changes_of('geo_region');
