-- Assistance (issue 14): services delivered to people and households, and group activities. A delivered service is
-- never edited: it is voided with a reason, kept. Programmes are access's list (access.Programme), sites and baladiya
-- geo's, people people's; the tables hold their ids only.

-- What a service is: a fixed list, kept as data.
CREATE TABLE assistance_service_type (
  code      text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  position  integer NOT NULL UNIQUE CHECK (position > 0),
  name_en   text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar   text NOT NULL CHECK (length(trim(name_ar)) > 0),
  active    boolean NOT NULL DEFAULT true
);
INSERT INTO assistance_service_type (code, position, name_en, name_ar) VALUES
  ('first-aid', 1, 'First aid', 'الإسعافات الأولية'),
  ('food', 2, 'Food', 'الغذاء'),
  ('nfi', 3, 'Non-food items', 'المواد غير الغذائية'),
  ('hygiene-kit', 4, 'Hygiene kit', 'حقيبة النظافة الشخصية'),
  ('dignity-kit', 5, 'Dignity kit', 'حقيبة الكرامة'),
  ('clothing', 6, 'Clothing and footwear', 'الملابس والأحذية'),
  ('cash', 7, 'Cash assistance', 'المساعدة النقدية'),
  ('mhpss-session', 8, 'MHPSS session', 'جلسة دعم نفسي واجتماعي'),
  ('medical-consultation', 9, 'Medical consultation', 'استشارة طبية'),
  ('referral-follow-up', 10, 'Referral follow-up', 'متابعة الإحالة'),
  ('shelter', 11, 'Shelter support', 'دعم المأوى');

CREATE TABLE assistance_service (
  id                 uuid PRIMARY KEY,
  person_id          uuid NOT NULL,
  household_id       uuid,
  service_type       text NOT NULL REFERENCES assistance_service_type (code),
  quantity           numeric(12, 2) CHECK (quantity > 0),
  unit               text CHECK (unit IS NULL OR length(trim(unit)) BETWEEN 1 AND 40),
  site_id            uuid,
  baladiya_pcode     text,
  delivered_on       date NOT NULL,
  programme          text NOT NULL CHECK (programme ~ '^[A-Z_]{2,30}$'),
  project            text CHECK (project IS NULL OR length(trim(project)) BETWEEN 1 AND 60),
  case_id            uuid,
  service_plan_item  uuid CHECK (service_plan_item IS NULL OR case_id IS NOT NULL),
  -- The person's baladiya when recorded: lists are scoped by it as people's are.
  person_baladiya    text,
  -- What a reader also needs to see its timeline entries (a restricted case's type's permission), when under a case.
  timeline_permission text,
  recorded_at        timestamptz NOT NULL,
  recorded_by        uuid NOT NULL,
  recorded_by_name   text NOT NULL,
  voided_at          timestamptz,
  voided_by_name     text,
  void_reason        text,
  CHECK (site_id IS NOT NULL OR baladiya_pcode IS NOT NULL),
  CHECK ((quantity IS NULL) = (unit IS NULL)),
  CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by_name IS NULL))
);
CREATE INDEX assistance_service_person_idx ON assistance_service (person_id, delivered_on DESC);
CREATE INDEX assistance_service_month_idx ON assistance_service (delivered_on DESC, programme);
CREATE INDEX assistance_service_case_idx ON assistance_service (case_id) WHERE case_id IS NOT NULL;

-- What a group activity is: kinds as data.
CREATE TABLE assistance_activity_kind (
  code      text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  position  integer NOT NULL UNIQUE CHECK (position > 0),
  name_en   text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar   text NOT NULL CHECK (length(trim(name_ar)) > 0),
  active    boolean NOT NULL DEFAULT true
);
INSERT INTO assistance_activity_kind (code, position, name_en, name_ar) VALUES
  ('awareness-session', 1, 'Awareness session', 'جلسة توعية'),
  ('hygiene-promotion', 2, 'Hygiene promotion', 'تعزيز النظافة'),
  ('outreach-visit', 3, 'Outreach visit', 'زيارة ميدانية'),
  ('fumigation', 4, 'Fumigation of a detention centre', 'تبخير مركز احتجاز'),
  ('disinfection', 5, 'Disinfection of a detention centre', 'تطهير مركز احتجاز');

-- Participants are counted by sex and age: girls and boys are under 18 (people.AgeBand UNDER_5 to FROM_12_TO_17),
-- women and men 18 and over (FROM_18_TO_59 and FROM_60).
CREATE TABLE assistance_activity (
  id                uuid PRIMARY KEY,
  kind              text NOT NULL REFERENCES assistance_activity_kind (code),
  topic             text NOT NULL CHECK (length(trim(topic)) BETWEEN 1 AND 200),
  site_id           uuid,
  baladiya_pcode    text,
  held_on           date NOT NULL,
  programme         text NOT NULL CHECK (programme ~ '^[A-Z_]{2,30}$'),
  project           text CHECK (project IS NULL OR length(trim(project)) BETWEEN 1 AND 60),
  women             integer NOT NULL CHECK (women >= 0),
  men               integer NOT NULL CHECK (men >= 0),
  girls             integer NOT NULL CHECK (girls >= 0),
  boys              integer NOT NULL CHECK (boys >= 0),
  recorded_at       timestamptz NOT NULL,
  recorded_by       uuid NOT NULL,
  recorded_by_name  text NOT NULL,
  CHECK (site_id IS NOT NULL OR baladiya_pcode IS NOT NULL),
  CHECK (women + men + girls + boys > 0)
);
CREATE INDEX assistance_activity_held_idx ON assistance_activity (held_on DESC, kind);

CREATE TABLE assistance_activity_team (
  activity_id  uuid NOT NULL REFERENCES assistance_activity (id),
  user_id      uuid NOT NULL,
  PRIMARY KEY (activity_id, user_id)
);

CREATE TABLE assistance_activity_attendee (
  activity_id  uuid NOT NULL REFERENCES assistance_activity (id),
  person_id    uuid NOT NULL,
  PRIMARY KEY (activity_id, person_id)
);
CREATE INDEX assistance_activity_attendee_person_idx ON assistance_activity_attendee (person_id);

-- Never deleted; activities are not edited either (a correction is the next issue's).
REVOKE DELETE ON assistance_service FROM ${app_role};
REVOKE UPDATE, DELETE ON assistance_activity, assistance_activity_team, assistance_activity_attendee FROM ${app_role};
