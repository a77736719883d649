-- Roles bundle named permissions (module:action). Built-in roles are seeded here; their labels live in the bundles
-- (access.role.<CODE>). Administrators may add roles of their own later.
CREATE TABLE access_role (
  code      text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  built_in  boolean NOT NULL DEFAULT false,
  name_en   text,
  name_ar   text,
  version   integer NOT NULL DEFAULT 0
);

CREATE TABLE access_role_permission (
  role_code   text NOT NULL REFERENCES access_role (code) ON DELETE CASCADE,
  permission  text NOT NULL CHECK (permission ~ '^[a-z]+:[a-z-]+$'),
  PRIMARY KEY (role_code, permission)
);

CREATE TABLE access_user_role (
  user_id    uuid NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  role_code  text NOT NULL REFERENCES access_role (code),
  PRIMARY KEY (user_id, role_code)
);

INSERT INTO access_role (code, built_in) VALUES
  ('ADMINISTRATOR', true), ('PROGRAMME_MANAGER', true), ('CASEWORKER', true), ('PROTECTION_CASEWORKER', true),
  ('HEALTH_WORKER', true), ('DTM_OFFICER', true), ('DTM_ENUMERATOR', true), ('ME_OFFICER', true),
  ('PARTNER_CASEWORKER', true), ('VIEWER', true);

INSERT INTO access_role_permission (role_code, permission)
SELECT role_code, permission FROM (VALUES
  ('ADMINISTRATOR', 'access:manage'), ('ADMINISTRATOR', 'audit:read'), ('ADMINISTRATOR', 'audit:verify'),
  ('ADMINISTRATOR', 'geo:read'), ('ADMINISTRATOR', 'geo:manage'), ('ADMINISTRATOR', 'results:read'),
  ('ADMINISTRATOR', 'api:tokens'),

  ('PROGRAMME_MANAGER', 'geo:read'), ('PROGRAMME_MANAGER', 'people:read'), ('PROGRAMME_MANAGER', 'cases:read'),
  ('PROGRAMME_MANAGER', 'referrals:read'), ('PROGRAMME_MANAGER', 'dtm:read'), ('PROGRAMME_MANAGER', 'results:read'),
  ('PROGRAMME_MANAGER', 'results:export'), ('PROGRAMME_MANAGER', 'api:tokens'),

  ('CASEWORKER', 'geo:read'), ('CASEWORKER', 'people:read'), ('CASEWORKER', 'people:write'),
  ('CASEWORKER', 'cases:read'), ('CASEWORKER', 'cases:write'), ('CASEWORKER', 'referrals:read'),
  ('CASEWORKER', 'referrals:send'),

  ('PROTECTION_CASEWORKER', 'geo:read'), ('PROTECTION_CASEWORKER', 'people:read'),
  ('PROTECTION_CASEWORKER', 'people:write'), ('PROTECTION_CASEWORKER', 'cases:read'),
  ('PROTECTION_CASEWORKER', 'cases:write'), ('PROTECTION_CASEWORKER', 'referrals:read'),
  ('PROTECTION_CASEWORKER', 'referrals:send'), ('PROTECTION_CASEWORKER', 'protection:read-restricted'),
  ('PROTECTION_CASEWORKER', 'protection:write'),

  ('HEALTH_WORKER', 'geo:read'), ('HEALTH_WORKER', 'people:read'), ('HEALTH_WORKER', 'people:write'),
  ('HEALTH_WORKER', 'health:read-restricted'), ('HEALTH_WORKER', 'health:write'), ('HEALTH_WORKER', 'referrals:send'),

  ('DTM_OFFICER', 'geo:read'), ('DTM_OFFICER', 'geo:manage'), ('DTM_OFFICER', 'dtm:read'),
  ('DTM_OFFICER', 'dtm:collect'), ('DTM_OFFICER', 'dtm:manage'), ('DTM_OFFICER', 'dtm:publish'),
  ('DTM_OFFICER', 'results:read'), ('DTM_OFFICER', 'api:tokens'),

  ('DTM_ENUMERATOR', 'geo:read'), ('DTM_ENUMERATOR', 'dtm:collect'),

  ('ME_OFFICER', 'geo:read'), ('ME_OFFICER', 'dtm:read'), ('ME_OFFICER', 'results:read'),
  ('ME_OFFICER', 'results:export'), ('ME_OFFICER', 'api:tokens'),

  ('PARTNER_CASEWORKER', 'geo:read'), ('PARTNER_CASEWORKER', 'referrals:read'),
  ('PARTNER_CASEWORKER', 'referrals:respond'),

  ('VIEWER', 'geo:read'), ('VIEWER', 'results:read')
) AS seed (role_code, permission);
