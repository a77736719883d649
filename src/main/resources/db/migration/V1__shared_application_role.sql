-- The application connects as its own login role (${app_role}). It neither owns the tables nor is a superuser, so
-- PostgreSQL's row-level security applies to every query it makes. Flyway migrates as the owner. Every table or
-- sequence the owner creates from here on is usable by the application role, unless a later migration narrows it
-- (the audit trail, for one, is insert-only).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
    RAISE EXCEPTION 'The application role "${app_role}" does not exist: create it (LOGIN NOSUPERUSER NOBYPASSRLS) first';
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'The application role "${app_role}" must not be a superuser nor bypass row-level security';
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${app_role};
