-- Field collection (issue 15): the permissions its parts need, and who holds them. The module's tables come in the
-- next migrations, one per part (forms and collect passwords, submissions, bindings).
INSERT INTO access_permission (code) VALUES
  -- upload, convert, version, open and close forms, and limit them to users
  ('collect:manage-forms'),
  -- see the forms one may fill in and send submissions (ODK Collect, KoboCollect, Enketo)
  ('collect:submit'),
  -- browse and review submissions (approved / has issues / rejected)
  ('collect:review'),
  -- export submissions (they hold what people answered)
  ('collect:export')
ON CONFLICT DO NOTHING;

INSERT INTO access_role_permission (role_code, permission)
SELECT role_code, permission FROM (VALUES
  ('DTM_OFFICER', 'collect:manage-forms'), ('DTM_OFFICER', 'collect:submit'), ('DTM_OFFICER', 'collect:review'),
  ('DTM_OFFICER', 'collect:export'),
  ('DTM_ENUMERATOR', 'collect:submit'),
  ('PROGRAMME_MANAGER', 'collect:manage-forms'), ('PROGRAMME_MANAGER', 'collect:review'),
  ('PROGRAMME_MANAGER', 'collect:export'),
  ('ME_OFFICER', 'collect:review'), ('ME_OFFICER', 'collect:export'),
  ('CASEWORKER', 'collect:submit'), ('PROTECTION_CASEWORKER', 'collect:submit'), ('HEALTH_WORKER', 'collect:submit')
) AS grants (role_code, permission)
WHERE EXISTS (SELECT FROM access_role r WHERE r.code = grants.role_code)
ON CONFLICT DO NOTHING;
