-- Households and consent.
--
-- A household has a head; every member's relationship is to the head. Membership is kept as dated rows: a person who
-- moves leaves one household (the row gets its end) and joins another (a new row), so a household's past members and
-- a person's past households stay readable. Rows are never overwritten beyond closing them.
CREATE TABLE people_household (
  id          uuid PRIMARY KEY,
  head_id     uuid NOT NULL REFERENCES people_person (id),
  created_at  timestamptz NOT NULL,
  created_by  text NOT NULL,
  -- Set when its last member left: kept for history, never reopened.
  dissolved_at timestamptz,
  version     integer NOT NULL DEFAULT 0
);
CREATE INDEX people_household_head_idx ON people_household (head_id);

CREATE TABLE people_household_member (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES people_household (id),
  person_id     uuid NOT NULL REFERENCES people_person (id),
  relationship  text NOT NULL CHECK (relationship IN ('head', 'spouse', 'child', 'parent', 'sibling', 'grandchild',
                                                      'grandparent', 'other_relative', 'unrelated')),
  joined_at     timestamptz NOT NULL,
  joined_by     text NOT NULL,
  left_at       timestamptz,
  left_by       text,
  -- moved: joined another household; left: left without joining one here.
  left_because  text CHECK (left_because IN ('moved', 'left')),
  CHECK ((left_at IS NULL) = (left_by IS NULL) AND (left_at IS NULL) = (left_because IS NULL)),
  CHECK (left_at IS NULL OR left_at >= joined_at)
);
-- One current household per person.
CREATE UNIQUE INDEX people_household_member_current_key ON people_household_member (person_id) WHERE left_at IS NULL;
CREATE INDEX people_household_member_household_idx ON people_household_member (household_id, joined_at);
CREATE INDEX people_household_member_person_idx ON people_household_member (person_id, joined_at);

-- Consent per purpose. Sharing is consented to per named partner organisation. A withdrawal stops that use from the
-- moment it is recorded and stays on the row, visible with the record; a consent is never deleted.
CREATE TABLE people_consent (
  id                 uuid PRIMARY KEY,
  person_id          uuid NOT NULL REFERENCES people_person (id),
  purpose            text NOT NULL CHECK (purpose IN ('registration', 'sharing', 'follow_up')),
  partner_id         uuid REFERENCES access_organisation (id),
  given_at           timestamptz NOT NULL,
  given_how          text NOT NULL CHECK (given_how IN ('verbal', 'written', 'thumbprint', 'by_guardian')),
  taken_by           text NOT NULL,
  recorded_at        timestamptz NOT NULL,
  withdrawn_at       timestamptz,
  withdrawn_by       text,
  withdrawal_reason  text CHECK (length(withdrawal_reason) <= 500),
  version            integer NOT NULL DEFAULT 0,
  CHECK ((purpose = 'sharing') = (partner_id IS NOT NULL)),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at)
);
CREATE INDEX people_consent_person_idx ON people_consent (person_id, purpose);
