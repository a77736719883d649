-- What people's records keep of the past, the application may add to but not rewrite: a person's history snapshots,
-- the timeline, the screenings answered and the questionnaire versions they answered (a new version is a new row).
-- Persons, consents, merges and households are never removed (a delete is soft, a withdrawal and an undo are kept on
-- the row), so the application cannot remove them either. The application's role came from the default privileges
-- of V1; the owner keeps every right, for maintenance on purpose.
REVOKE UPDATE, DELETE ON people_person_history, people_timeline_entry, people_screening, people_screening_version
  FROM ${app_role};
REVOKE DELETE ON people_person, people_consent, people_merge, people_household, people_household_member
  FROM ${app_role};
