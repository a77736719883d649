-- Who may pass a restricted record on. Reading it is not enough: seen, a user it was merely shared with shared it on,
-- and so a viewer read a protection note. Only the assignee, their supervisors (transitively) and holders of the
-- explicit permission access:share-restricted may share or revoke a share; the face checks it (RestrictedRecords).
--
-- Creating a restricted record assigned to someone else needs access:assign-restricted: otherwise anyone could push a
-- survivor's file into any colleague's hands, or probe which account ids exist.
INSERT INTO access_permission (code) VALUES ('access:share-restricted'), ('access:assign-restricted');

-- Programme managers distribute and hand over case loads; no other seeded role does. Administrators manage accounts,
-- not people's files, so they get neither.
INSERT INTO access_role_permission (role_code, permission) VALUES
  ('PROGRAMME_MANAGER', 'access:share-restricted'), ('PROGRAMME_MANAGER', 'access:assign-restricted');

-- Whether `sharer` is the assignee or one of the assignee's supervisors, up the chain. Shares are not followed: that is
-- the difference from access_may_read_as. SECURITY DEFINER for the same reason as that function: it reads the
-- supervisor chain whatever the caller may see; the search_path is fixed and every name qualified.
CREATE FUNCTION access_is_assignee_or_supervisor(sharer uuid, assigned_to uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  WITH RECURSIVE chain (user_id) AS (
      SELECT assigned_to WHERE assigned_to IS NOT NULL
      UNION
      -- UNION (not UNION ALL) drops rows already seen, so a loop in the supervisor chain ends.
      SELECT u.supervisor_id FROM chain c JOIN public.access_user u ON u.id = c.user_id
       WHERE u.supervisor_id IS NOT NULL
  )
  SELECT sharer IS NOT NULL AND EXISTS (SELECT 1 FROM chain WHERE chain.user_id = sharer)
$$;

REVOKE ALL ON FUNCTION access_is_assignee_or_supervisor(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_is_assignee_or_supervisor(uuid, uuid) TO ${app_role};

-- Whether the account `who` holds `permission` through its roles now: what the database's own checks of sharing and
-- assigning ask, so that they do not rest on the application alone. The face asks the signed-in principal's
-- authorities, which come from the same roles.
CREATE FUNCTION access_holds(who uuid, permission text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT EXISTS (SELECT 1 FROM public.access_user_role ur
                   JOIN public.access_role_permission p ON p.role_code = ur.role_code
                  WHERE ur.user_id = who AND p.permission = access_holds.permission)
$$;

REVOKE ALL ON FUNCTION access_holds(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_holds(uuid, text) TO ${app_role};
