-- Assistance (issue 14): the cash officer sends the provider its approved payment list, which names the people paid:
-- that export needs assistance:export, so the officer who makes the lists holds it too (each export is audited).
INSERT INTO access_role_permission (role_code, permission)
SELECT 'CASH_OFFICER', 'assistance:export'
WHERE EXISTS (SELECT FROM access_role WHERE code = 'CASH_OFFICER')
ON CONFLICT DO NOTHING;
