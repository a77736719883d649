-- Lists of cases: reading one's own and one's team's cases without calling the restricted-record rule once per row.
--
-- The rule of access_restrict_table (policy restricted_read) calls access_may_read for every restricted row a query
-- scans: two SECURITY DEFINER functions with their own settings and a recursive query each, about a tenth of a
-- millisecond a row. A supervisor's team list scans every case of the team to count and order them, a couple of
-- thousand restricted ones among a million cases: a quarter of a second in that function alone.
--
-- This policy reads the same rule set-wise for the commonest readers: the case's assignee and the assignee's
-- supervisors up the chain. The set of users the transaction's user answers for (themselves and everyone below them)
-- is computed once per query (the scalar subquery becomes an init plan), and each row is then an array lookup.
-- It widens nothing: every row it admits, restricted_read admits too (the reader is the assignee or one of the
-- assignee's supervisors, transitively); shares and the system identity are still read through restricted_read.
-- Permissive policies are joined with OR, and PostgreSQL stops at the first true arm. It puts them in the reverse order
-- of their names (PostgreSQL 17 reads them by name and prepends each), so this one is named to come after
-- restricted_read, and its cheap test is asked first; CaseListRowSecurityTests fails if that ever changes.

-- The transaction's user and every user below them in the supervisor chain (a loop in the chain ends, as UNION drops
-- rows already seen); empty when nobody is named. SECURITY DEFINER because the policy must see the chain whatever the
-- caller may read; the search_path is fixed and every name qualified.
CREATE FUNCTION cases_answered_for() RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  WITH RECURSIVE below (id) AS (
      SELECT public.access_current_user() WHERE public.access_current_user() IS NOT NULL
      UNION
      SELECT u.id FROM public.access_user u JOIN below b ON u.supervisor_id = b.id
  )
  SELECT coalesce(array_agg(id), '{}') FROM below
$$;
REVOKE ALL ON FUNCTION cases_answered_for() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cases_answered_for() TO ${app_role};

CREATE POLICY supervision_chain_read ON cases_case FOR SELECT
  USING (assigned_to = ANY (CAST((SELECT public.cases_answered_for()) AS uuid[])));

-- The lists by assignee ("my cases", "my team's cases") read this index alone to filter, count and order: every column
-- the lists' scopes, filters, order and the row-level security policies test is in it, so PostgreSQL answers from the
-- index (an index-only scan) and visits the table only for the page's rows. Without it, a team of 20,000 cases costs
-- 15,000 scattered table pages for the count and as many again for the order.
CREATE INDEX cases_case_assignee_list_idx ON cases_case (assigned_to, status, updated_at DESC)
  INCLUDE (id, sensitivity, office_id, baladiya_pcode, case_type, stage);
