-- A sample table that shows, and tests, how a module guards its restricted records: the conventional columns (id,
-- sensitivity, assigned_to) and one call that adds the row-level security policies and registers the table for the
-- face-side guard. Later modules copy this shape.
CREATE TABLE IF NOT EXISTS access_restricted_sample (
  id           uuid PRIMARY KEY,
  title        text NOT NULL CHECK (length(trim(title)) > 0),
  sensitivity  text NOT NULL DEFAULT 'NORMAL',
  assigned_to  uuid REFERENCES access_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   text NOT NULL,
  version      integer NOT NULL DEFAULT 0
);

CALL access_restrict_table('access_restricted_sample', 'access.restricted-sample');
