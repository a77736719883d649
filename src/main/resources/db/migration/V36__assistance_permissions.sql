-- Assistance (issue 14): the permissions its parts need, and who holds them. The module's tables come in the next
-- migrations, one per part (stock, services and group activities, distributions, cash, monitoring).
INSERT INTO access_permission (code) VALUES
  ('assistance:read'), ('assistance:record'), ('assistance:manage-stock'), ('assistance:manage-catalogue')
ON CONFLICT DO NOTHING;

-- Who keeps the warehouses: receipts, transfers, dispatches, losses, and the items and kits they hold.
INSERT INTO access_role (code, built_in) VALUES ('LOGISTICS_OFFICER', true);

INSERT INTO access_role_permission (role_code, permission)
SELECT role_code, permission FROM (VALUES
  ('LOGISTICS_OFFICER', 'geo:read'), ('LOGISTICS_OFFICER', 'assistance:read'),
  ('LOGISTICS_OFFICER', 'assistance:manage-stock'), ('LOGISTICS_OFFICER', 'assistance:manage-catalogue'),
  ('PROGRAMME_MANAGER', 'assistance:read'), ('PROGRAMME_MANAGER', 'assistance:manage-catalogue'),
  ('CASEWORKER', 'assistance:read'), ('CASEWORKER', 'assistance:record'),
  ('PROTECTION_CASEWORKER', 'assistance:read'), ('PROTECTION_CASEWORKER', 'assistance:record'),
  ('HEALTH_WORKER', 'assistance:read'), ('HEALTH_WORKER', 'assistance:record'),
  ('CASE_SUPERVISOR', 'assistance:read'), ('CASE_SUPERVISOR', 'assistance:record'),
  ('ME_OFFICER', 'assistance:read')
) AS grants (role_code, permission)
WHERE EXISTS (SELECT FROM access_role r WHERE r.code = grants.role_code)
ON CONFLICT DO NOTHING;
