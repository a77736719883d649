-- The catalogue of permissions an administrator may grant to a custom role. Every permission a role holds must be in
-- it; a later module adds its own permissions here in its migration before granting them. Labels live in the bundles
-- (access.permission.<module>.<action>).
CREATE TABLE access_permission (
  code    text PRIMARY KEY CHECK (code ~ '^[a-z]+:[a-z-]+$'),
  module  text NOT NULL GENERATED ALWAYS AS (split_part(code, ':', 1)) STORED
);

INSERT INTO access_permission (code)
SELECT code FROM (VALUES
  ('access:manage'), ('api:tokens'), ('audit:read'), ('audit:verify'), ('geo:read'), ('geo:manage'),
  ('people:read'), ('people:write'), ('cases:read'), ('cases:write'), ('referrals:read'), ('referrals:send'),
  ('referrals:respond'), ('protection:read-restricted'), ('protection:write'), ('health:read-restricted'),
  ('health:write'), ('dtm:read'), ('dtm:collect'), ('dtm:manage'), ('dtm:publish'), ('results:read'),
  ('results:export')
) AS catalogue (code)
UNION
SELECT DISTINCT permission FROM access_role_permission
ON CONFLICT DO NOTHING;

ALTER TABLE access_role_permission
  ADD CONSTRAINT access_role_permission_known FOREIGN KEY (permission) REFERENCES access_permission (code);

-- A mission-wide role lets its holders work everywhere for each kind of scope they have no explicit limit of; a user
-- whose roles are none of them sees only the offices, baladiya and programmes listed for them (fail closed).
ALTER TABLE access_role ADD COLUMN mission_wide boolean NOT NULL DEFAULT false;
UPDATE access_role SET mission_wide = true
 WHERE code IN ('ADMINISTRATOR', 'PROGRAMME_MANAGER', 'DTM_OFFICER', 'ME_OFFICER', 'VIEWER');
-- Custom roles are named by the administrator who creates them, in both languages.
ALTER TABLE access_role ADD CONSTRAINT access_role_custom_named
  CHECK (built_in OR (length(trim(name_en)) > 0 AND length(trim(name_ar)) > 0));

-- Data scopes: a user may be limited to offices, baladiya (P-codes, checked against the gazetteer by the application
-- once it exists) and programmes.
CREATE TABLE access_user_office_scope (
  user_id    uuid NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  office_id  uuid NOT NULL REFERENCES access_office (id),
  PRIMARY KEY (user_id, office_id)
);

CREATE TABLE access_user_baladiya_scope (
  user_id  uuid NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  pcode    text NOT NULL CHECK (pcode ~ '^LY[0-9]{6}$'),
  PRIMARY KEY (user_id, pcode)
);

CREATE TABLE access_user_programme_scope (
  user_id    uuid NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  programme  text NOT NULL CHECK (programme IN ('MRRM', 'SAR', 'HEALTH', 'MHPSS', 'VHR', 'PROTECTION', 'WASH',
                                                'SHELTER_NFI', 'STABILIZATION', 'DTM', 'AAP')),
  PRIMARY KEY (user_id, programme)
);

CREATE INDEX access_user_supervisor_idx ON access_user (supervisor_id);
CREATE INDEX access_office_organisation_idx ON access_office (organisation_id);
