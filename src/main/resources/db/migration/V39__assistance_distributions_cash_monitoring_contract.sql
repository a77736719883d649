-- Assistance (issue 14), the parts after stock and services: distributions and their hand-overs, cash and vouchers,
-- post-distribution monitoring, reporting and exports. This migration holds what those parts share: the permissions,
-- who holds them, and how a delivered service names what it came from. Each part's tables come in its own migration.
INSERT INTO access_permission (code) VALUES
  -- plan distributions, build their beneficiary lists, close and reconcile them (hand-overs need assistance:record)
  ('assistance:manage-distributions'),
  -- make payment lists, record transfers' statuses, import a provider's report
  ('assistance:manage-cash'),
  -- the checker of a payment list (never its maker: the one maker-checker refuses that)
  ('assistance:approve-payments'),
  -- post-distribution monitoring: define surveys, draw samples, record and read answers
  ('assistance:monitor'),
  -- exports that name people (who received what); figures without names need only assistance:read
  ('assistance:export')
ON CONFLICT DO NOTHING;

-- Who pays: makes payment lists and follows transfers; never approves them.
INSERT INTO access_role (code, built_in) VALUES ('CASH_OFFICER', true);

INSERT INTO access_role_permission (role_code, permission)
SELECT role_code, permission FROM (VALUES
  ('CASH_OFFICER', 'geo:read'), ('CASH_OFFICER', 'people:read'), ('CASH_OFFICER', 'assistance:read'),
  ('CASH_OFFICER', 'assistance:manage-cash'),
  ('PROGRAMME_MANAGER', 'assistance:manage-distributions'), ('PROGRAMME_MANAGER', 'assistance:approve-payments'),
  ('PROGRAMME_MANAGER', 'assistance:monitor'), ('PROGRAMME_MANAGER', 'assistance:export'),
  ('ME_OFFICER', 'assistance:monitor'),
  ('LOGISTICS_OFFICER', 'assistance:manage-distributions')
) AS grants (role_code, permission)
WHERE EXISTS (SELECT FROM access_role r WHERE r.code = grants.role_code)
ON CONFLICT DO NOTHING;

-- A hand-over at a distribution and a collected cash transfer are services delivered: one ledger of who received
-- what, where and when, for the person's timeline, reporting and monitoring samples. The service names its source.
ALTER TABLE assistance_service
  ADD COLUMN source text CHECK (source IN ('distribution', 'cash-cycle')),
  ADD COLUMN source_id uuid,
  ADD CONSTRAINT assistance_service_source_pair CHECK ((source IS NULL) = (source_id IS NULL));
CREATE INDEX assistance_service_source_idx ON assistance_service (source_id, person_id) WHERE source_id IS NOT NULL;

-- Reports count who received by sex and by age band when they received it (the humanitarian standard bands,
-- people.AgeBand): kept on the service when it is recorded, as the person was then. Age band is null when neither a
-- date of birth nor an estimated age was known.
ALTER TABLE assistance_service
  ADD COLUMN person_sex text CHECK (person_sex IN ('M', 'F')),
  ADD COLUMN person_age_band text
    CHECK (person_age_band IN ('UNDER_5', 'FROM_5_TO_11', 'FROM_12_TO_17', 'FROM_18_TO_59', 'FROM_60'));
UPDATE assistance_service s
   SET person_sex = p.sex,
       person_age_band = CASE
         WHEN p.birth_date_estimate IS NULL THEN NULL
         WHEN date_part('year', age(s.delivered_on, p.birth_date_estimate)) < 5 THEN 'UNDER_5'
         WHEN date_part('year', age(s.delivered_on, p.birth_date_estimate)) < 12 THEN 'FROM_5_TO_11'
         WHEN date_part('year', age(s.delivered_on, p.birth_date_estimate)) < 18 THEN 'FROM_12_TO_17'
         WHEN date_part('year', age(s.delivered_on, p.birth_date_estimate)) < 60 THEN 'FROM_18_TO_59'
         ELSE 'FROM_60' END
  FROM people_person p
 WHERE p.id = s.person_id;
