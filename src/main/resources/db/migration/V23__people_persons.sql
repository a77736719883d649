-- People: one person, one record. Every programme registers people here and holds their ids.
--
-- Names are kept exactly as typed, per part and per script. Beside them the application stores what the duplicate
-- engine derives from them (normalised forms, a script-independent skeleton for search, the engine's encoded
-- features) and the engine's blocking keys in people_match_key, so that finding candidates among a million persons
-- is a few index lookups, never a scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE people_person (
  id                    uuid PRIMARY KEY,
  -- Nine digits, the last a check digit, so that a person can say it over the phone in any language.
  registration_number   text NOT NULL CHECK (registration_number ~ '^[0-9]{9}$'),
  given_name_ar         text,
  given_name_lat        text,
  father_name_ar        text,
  father_name_lat       text,
  grandfather_name_ar   text,
  grandfather_name_lat  text,
  family_name_ar        text,
  family_name_lat       text,
  -- Derived by the application (people.internal): never typed, rewritten whenever a name changes.
  name_skeleton         text NOT NULL,
  match_features        text NOT NULL,
  sex                   text NOT NULL CHECK (sex IN ('M', 'F')),
  date_of_birth         date,
  -- An estimated age is kept with the day it was estimated, so that it keeps ageing.
  estimated_age         smallint CHECK (estimated_age BETWEEN 0 AND 130),
  age_estimated_on      date,
  -- The date of birth, or the one the estimate implies: what ages, age bands and the engine's year checks use.
  birth_date_estimate   date GENERATED ALWAYS AS (
                          COALESCE(date_of_birth, (age_estimated_on - make_interval(years => estimated_age))::date))
                          STORED,
  nationality           text CHECK (nationality ~ '^[A-Z]{3}$'),
  population_group      text CHECK (population_group IN ('migrant', 'idp', 'returnee', 'host')),
  languages             text[] NOT NULL DEFAULT '{}',
  baladiya_pcode        text REFERENCES geo_baladiya (pcode),
  site_id               uuid REFERENCES geo_site (id),
  registered_at         timestamptz NOT NULL,
  registered_by         text NOT NULL,
  -- The account that registered the person: a person with no baladiya stays visible to them.
  registered_by_user    uuid REFERENCES access_user (id),
  updated_at            timestamptz NOT NULL,
  updated_by            text NOT NULL,
  -- A merged record stays as a row pointing to the survivor, so that ids held by other modules never dangle.
  merged_into           uuid REFERENCES people_person (id),
  merged_at             timestamptz,
  merged_by             text,
  -- Deletes are soft.
  deleted_at            timestamptz,
  deleted_by            text,
  deletion_reason       text,
  version               integer NOT NULL DEFAULT 0,
  CHECK (num_nonnulls(given_name_ar, given_name_lat, father_name_ar, father_name_lat, grandfather_name_ar,
                      grandfather_name_lat, family_name_ar, family_name_lat) > 0),
  CHECK ((estimated_age IS NULL) = (age_estimated_on IS NULL)),
  CHECK (date_of_birth IS NULL OR estimated_age IS NULL),
  CHECK ((merged_into IS NULL) = (merged_at IS NULL)),
  CHECK (merged_into IS DISTINCT FROM id)
);
CREATE UNIQUE INDEX people_person_registration_number_key ON people_person (registration_number);
CREATE INDEX people_person_skeleton_trgm_idx ON people_person USING gin (name_skeleton gin_trgm_ops);
CREATE INDEX people_person_baladiya_idx ON people_person (baladiya_pcode);
CREATE INDEX people_person_merged_into_idx ON people_person (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX people_person_registered_at_idx ON people_person (registered_at DESC);
CREATE INDEX people_person_birth_date_idx ON people_person (birth_date_estimate);

-- Phone numbers as given, and in the one form the engine compares (international digits).
CREATE TABLE people_phone (
  person_id   uuid NOT NULL REFERENCES people_person (id),
  position    smallint NOT NULL,
  as_given    text NOT NULL,
  normalised  text NOT NULL,
  PRIMARY KEY (person_id, position)
);
CREATE INDEX people_phone_normalised_idx ON people_phone (normalised);

CREATE TABLE people_document (
  person_id          uuid NOT NULL REFERENCES people_person (id),
  position           smallint NOT NULL,
  type               text NOT NULL CHECK (type IN ('passport', 'national_id', 'birth_certificate', 'residence_permit',
                                                   'travel_document', 'asylum_or_refugee_card', 'other')),
  number             text NOT NULL,
  number_normalised  text NOT NULL,
  issuing_country    text CHECK (issuing_country ~ '^[A-Z]{3}$'),
  expires_on         date,
  PRIMARY KEY (person_id, position)
);
CREATE INDEX people_document_number_idx ON people_document (number_normalised);

-- The duplicate engine's blocking keys: a person is a candidate for another when they share a key.
CREATE TABLE people_match_key (
  key        text NOT NULL,
  person_id  uuid NOT NULL REFERENCES people_person (id),
  PRIMARY KEY (key, person_id)
);
CREATE INDEX people_match_key_person_idx ON people_match_key (person_id);

-- A photo is stored outside the person's row and served only to those who may read the person.
CREATE TABLE people_photo (
  person_id    uuid PRIMARY KEY REFERENCES people_person (id),
  media_type   text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  content      bytea NOT NULL,
  uploaded_at  timestamptz NOT NULL,
  uploaded_by  text NOT NULL
);

-- Changes keep history: a snapshot of the person as it was after each change, with who and why.
CREATE TABLE people_person_history (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id    uuid NOT NULL REFERENCES people_person (id),
  version      integer NOT NULL,
  change       text NOT NULL CHECK (change IN ('registered', 'updated', 'deleted', 'merged', 'unmerged')),
  recorded_at  timestamptz NOT NULL,
  recorded_by  text NOT NULL,
  snapshot     jsonb NOT NULL
);
CREATE INDEX people_person_history_person_idx ON people_person_history (person_id, id);

-- One timeline per person across programmes. Each module adds its own entries through the people module's face; an
-- entry names its record by module, kind and id, and may need a permission to be seen (a protection case's entry is
-- shown only to those who may read protection cases).
CREATE TABLE people_timeline_entry (
  id           uuid PRIMARY KEY,
  person_id    uuid NOT NULL REFERENCES people_person (id),
  occurred_at  timestamptz NOT NULL,
  module       text NOT NULL CHECK (module ~ '^[a-z]+$'),
  kind         text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9.-]*$'),
  record_id    text,
  actor        text NOT NULL,
  visible_with text CHECK (visible_with ~ '^[a-z]+:[a-z-]+$'),
  details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX people_timeline_person_idx ON people_timeline_entry (person_id, occurred_at DESC);

-- Pairs of stored persons the engine finds likely to be one person, for a supervisor's review: found when the second
-- was registered, or by the scheduled scan. A decision (merged, not the same person) is kept, so that a pair decided
-- once is never proposed again.
CREATE TABLE people_duplicate_pair (
  person_a       uuid NOT NULL REFERENCES people_person (id),
  person_b       uuid NOT NULL REFERENCES people_person (id),
  score          numeric(4, 3) NOT NULL CHECK (score BETWEEN 0 AND 1),
  reasons        jsonb NOT NULL,
  found_at       timestamptz NOT NULL,
  found_by       text NOT NULL CHECK (found_by IN ('registration', 'scan')),
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'not_same')),
  decided_at     timestamptz,
  decided_by     text,
  PRIMARY KEY (person_a, person_b),
  CHECK (person_a < person_b),
  CHECK ((status = 'open') = (decided_at IS NULL))
);
CREATE INDEX people_duplicate_pair_open_idx ON people_duplicate_pair (score DESC) WHERE status = 'open';
CREATE INDEX people_duplicate_pair_b_idx ON people_duplicate_pair (person_b);

INSERT INTO access_permission (code) VALUES
  ('people:register'), ('people:edit'), ('people:delete'), ('people:merge'), ('people:export'), ('people:screen'),
  ('people:manage-screening')
ON CONFLICT DO NOTHING;

-- The first administrator can register and search people, so that a fresh install can be tried at once.
INSERT INTO access_role_permission (role_code, permission)
SELECT role_code, permission FROM (VALUES
  ('ADMINISTRATOR', 'people:read'), ('ADMINISTRATOR', 'people:register'), ('ADMINISTRATOR', 'people:edit'),
  ('ADMINISTRATOR', 'people:merge'), ('ADMINISTRATOR', 'people:screen'),
  ('PROGRAMME_MANAGER', 'people:register'), ('PROGRAMME_MANAGER', 'people:edit'), ('PROGRAMME_MANAGER', 'people:delete'),
  ('PROGRAMME_MANAGER', 'people:merge'), ('PROGRAMME_MANAGER', 'people:export'), ('PROGRAMME_MANAGER', 'people:screen'),
  ('PROGRAMME_MANAGER', 'people:manage-screening'),
  ('CASEWORKER', 'people:register'), ('CASEWORKER', 'people:edit'), ('CASEWORKER', 'people:screen'),
  ('PROTECTION_CASEWORKER', 'people:register'), ('PROTECTION_CASEWORKER', 'people:edit'),
  ('PROTECTION_CASEWORKER', 'people:screen'),
  ('HEALTH_WORKER', 'people:register'), ('HEALTH_WORKER', 'people:edit'), ('HEALTH_WORKER', 'people:screen')
) AS grants (role_code, permission)
WHERE EXISTS (SELECT FROM access_role r WHERE r.code = grants.role_code)
ON CONFLICT DO NOTHING;
