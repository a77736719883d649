-- A sample table that shows, and tests, how a module guards its restricted records: a sensitivity column, the
-- assigned user, and row-level security policies that call access_may_read. Later modules copy this shape.
CREATE TABLE access_restricted_sample (
  id           uuid PRIMARY KEY,
  title        text NOT NULL CHECK (length(trim(title)) > 0),
  sensitivity  text NOT NULL DEFAULT 'NORMAL' CHECK (sensitivity IN ('NORMAL', 'RESTRICTED')),
  assigned_to  uuid REFERENCES access_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   text NOT NULL,
  version      integer NOT NULL DEFAULT 0
);

-- The application role is not the owner, so enabling is enough for the policies to bind it (the owner, who migrates,
-- is not bound: FORCE is not set on purpose).
ALTER TABLE access_restricted_sample ENABLE ROW LEVEL SECURITY;

CREATE POLICY access_restricted_sample_read ON access_restricted_sample FOR SELECT
  USING (sensitivity = 'NORMAL' OR access_may_read(assigned_to, 'access.restricted-sample', id));

-- Writing needs a user acting in the transaction; changing or deleting needs the right to read the row first.
CREATE POLICY access_restricted_sample_insert ON access_restricted_sample FOR INSERT
  WITH CHECK (access_current_user() IS NOT NULL);
CREATE POLICY access_restricted_sample_update ON access_restricted_sample FOR UPDATE
  USING (sensitivity = 'NORMAL' OR access_may_read(assigned_to, 'access.restricted-sample', id))
  WITH CHECK (access_current_user() IS NOT NULL);
CREATE POLICY access_restricted_sample_delete ON access_restricted_sample FOR DELETE
  USING (sensitivity = 'NORMAL' OR access_may_read(assigned_to, 'access.restricted-sample', id));

-- What the face needs to decide between "no such record" (404) and "not yours" (403, audited) without reading the
-- record's content: its sensitivity and assignee only. SECURITY DEFINER because the row itself is hidden by the
-- policy from a reader who may not see it.
CREATE FUNCTION access_restricted_sample_guard(sample_id uuid)
  RETURNS TABLE (sensitivity text, assigned_to uuid)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT s.sensitivity, s.assigned_to FROM public.access_restricted_sample s WHERE s.id = sample_id
$$;
REVOKE ALL ON FUNCTION access_restricted_sample_guard(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_restricted_sample_guard(uuid) TO ${app_role};
