-- The DTM in the field: daily counts at flow-monitoring points, individual flow-monitoring surveys (a questionnaire
-- defined as data), detention-centre profiles and emergency events with their 72-hour first report. Nothing here names
-- or identifies a person: counts are counts, a survey respondent is a sex, an age band and a nationality, a detainee is
-- never recorded at all.

-- One count per flow-monitoring point (a geo site of type FLOW_MONITORING_POINT) and day. Figures are a flat map of
-- dotted keys: 'in' and 'out' (the totals), 'in.f.children' … 'out.m.adults' (sex and age where known) and
-- 'in.nationality.NER' (ISO 3166-1 alpha-3, where known); dtm.internal.FlowBreakdown checks that no breakdown exceeds
-- its total. A second count for the same day replaces it; the replaced one is kept in dtm_flow_count_revision.
CREATE TABLE dtm_flow_count (
  site_id         uuid NOT NULL REFERENCES geo_site (id),
  day             date NOT NULL CHECK (day BETWEEN DATE '1950-01-01' AND DATE '2100-12-31'),
  -- The site's baladiya when the count was recorded, so that summaries by baladiya read no other module's table.
  baladiya_pcode  text NOT NULL CHECK (baladiya_pcode ~ '^LY[0-9]{6}$'),
  incoming        bigint NOT NULL CHECK (incoming >= 0),
  outgoing        bigint NOT NULL CHECK (outgoing >= 0),
  figures         jsonb NOT NULL CHECK (jsonb_typeof(figures) = 'object'),
  revision        integer NOT NULL CHECK (revision > 0),
  recorded_at     timestamptz NOT NULL,
  recorded_by     text NOT NULL,
  PRIMARY KEY (site_id, day)
);

CREATE TABLE dtm_flow_count_revision (
  site_id         uuid NOT NULL,
  day             date NOT NULL,
  revision        integer NOT NULL,
  incoming        bigint NOT NULL,
  outgoing        bigint NOT NULL,
  figures         jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL,
  recorded_by     text NOT NULL,
  replaced_at     timestamptz NOT NULL,
  replaced_by     text NOT NULL,
  PRIMARY KEY (site_id, day, revision),
  FOREIGN KEY (site_id, day) REFERENCES dtm_flow_count (site_id, day)
);

-- The flow-monitoring survey, defined as data: a series of versions, each a jsonb definition (questions with Arabic
-- and English labels, answer types, choices) checked against src/main/resources/dtm/flow-survey-definition.schema.json.
-- Versions never change: a survey keeps the version it answered.
CREATE TABLE dtm_flow_survey_version (
  id            uuid PRIMARY KEY,
  number        integer NOT NULL UNIQUE CHECK (number > 0),
  definition    jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
  published_at  timestamptz NOT NULL,
  published_by  text NOT NULL
);

-- One respondent's answers, validated against their version's JSON Schema. The respondent is a sex, an age band and a
-- nationality: never a name, a document or a telephone number.
CREATE TABLE dtm_flow_survey (
  id              uuid PRIMARY KEY,
  site_id         uuid NOT NULL REFERENCES geo_site (id),
  baladiya_pcode  text NOT NULL CHECK (baladiya_pcode ~ '^LY[0-9]{6}$'),
  surveyed_on     date NOT NULL CHECK (surveyed_on BETWEEN DATE '1950-01-01' AND DATE '2100-12-31'),
  version_id      uuid NOT NULL REFERENCES dtm_flow_survey_version (id),
  sex             text CHECK (sex IN ('f', 'm')),
  age_band        text CHECK (age_band IN ('under-18', '18-25', '26-40', '41-60', 'over-60')),
  nationality     text CHECK (nationality ~ '^[A-Z]{3}$'),
  answers         jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  recorded_at     timestamptz NOT NULL,
  recorded_by     text NOT NULL
);
CREATE INDEX dtm_flow_survey_site_idx ON dtm_flow_survey (site_id, surveyed_on);

-- What the flow summary reads, kept up to date in the transaction of every count and survey, so that a summary over
-- years never reads the counts or the (many millions of) surveys themselves: figures by day and by month, per
-- baladiya, with the count keys above and 'surveys', 'surveys.nationality.NER'. A summary takes whole months from the
-- monthly table and the days at either end from the daily one.
CREATE TABLE dtm_flow_daily_figure (
  day             date NOT NULL,
  baladiya_pcode  text NOT NULL,
  key             text NOT NULL,
  value           bigint NOT NULL,
  PRIMARY KEY (day, baladiya_pcode, key)
);
CREATE INDEX dtm_flow_daily_figure_baladiya_idx ON dtm_flow_daily_figure (baladiya_pcode, day);

CREATE TABLE dtm_flow_monthly_figure (
  month           date NOT NULL CHECK (extract(day FROM month) = 1),
  baladiya_pcode  text NOT NULL,
  key             text NOT NULL,
  value           bigint NOT NULL,
  PRIMARY KEY (month, baladiya_pcode, key)
);
CREATE INDEX dtm_flow_monthly_figure_baladiya_idx ON dtm_flow_monthly_figure (baladiya_pcode, month);

-- A detention centre (a geo site of type DETENTION_CENTRE) as observed on one day: how many are held (by sex and age
-- and by nationality, as dotted keys like the counts above, with 'total'), its capacity, the services available and
-- the conditions observed, each with a level. Nothing identifies a detainee.
CREATE TABLE dtm_detention_snapshot (
  id              uuid PRIMARY KEY,
  site_id         uuid NOT NULL REFERENCES geo_site (id),
  observed_on     date NOT NULL CHECK (observed_on BETWEEN DATE '1950-01-01' AND DATE '2100-12-31'),
  baladiya_pcode  text NOT NULL CHECK (baladiya_pcode ~ '^LY[0-9]{6}$'),
  population      bigint NOT NULL CHECK (population >= 0),
  capacity        bigint CHECK (capacity >= 0),
  figures         jsonb NOT NULL CHECK (jsonb_typeof(figures) = 'object'),
  services        text[] NOT NULL DEFAULT '{}',
  conditions      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(conditions) = 'object'),
  notes           text CHECK (length(notes) <= 2000),
  recorded_at     timestamptz NOT NULL,
  recorded_by     text NOT NULL,
  revision        integer NOT NULL DEFAULT 1,
  UNIQUE (site_id, observed_on)
);

-- An emergency event: what happened, when (an instant; entered and shown in Libya's time, Africa/Tripoli), where (a
-- baladiya current in the gazetteer, and a site if any). Its first report is due 72 hours after the incident.
CREATE TABLE dtm_emergency_event (
  id                 uuid PRIMARY KEY,
  type               text NOT NULL CHECK (type IN ('ARMED_CLASH', 'FLOOD', 'EVICTION', 'FIRE', 'STORM', 'EARTHQUAKE',
                                                   'DISEASE_OUTBREAK', 'OTHER')),
  incident_at        timestamptz NOT NULL,
  first_report_due   timestamptz NOT NULL,
  baladiya_pcode     text NOT NULL CHECK (baladiya_pcode ~ '^LY[0-9]{6}$'),
  site_id            uuid REFERENCES geo_site (id),
  description        text CHECK (length(description) <= 2000),
  -- When the first update was recorded; null while none was.
  first_reported_at  timestamptz,
  created_at         timestamptz NOT NULL,
  created_by         text NOT NULL,
  -- Optimistic lock of dtm.internal.EmergencyEventReporting: of two first reports recorded at once, one is refused.
  lock_version       integer NOT NULL DEFAULT 0,
  CHECK (first_report_due = incident_at + interval '72 hours')
);
CREATE INDEX dtm_emergency_event_incident_idx ON dtm_emergency_event (incident_at DESC);
CREATE INDEX dtm_emergency_event_due_idx ON dtm_emergency_event (first_report_due);

-- The event's reports, the first of them its first report: the displaced households and persons as of the update's
-- time, their needs and a note. The event's current figures are its latest update's.
CREATE TABLE dtm_emergency_update (
  id           uuid PRIMARY KEY,
  event_id     uuid NOT NULL REFERENCES dtm_emergency_event (id),
  as_of        timestamptz NOT NULL,
  households   bigint NOT NULL CHECK (households >= 0),
  persons      bigint NOT NULL CHECK (persons >= 0),
  needs        text[] NOT NULL DEFAULT '{}',
  note         text CHECK (length(note) <= 2000),
  late         boolean NOT NULL,
  recorded_at  timestamptz NOT NULL,
  recorded_by  text NOT NULL
);
CREATE INDEX dtm_emergency_update_event_idx ON dtm_emergency_update (event_id, as_of DESC, recorded_at DESC);

-- The flow-monitoring survey, version 1: the route (origin, transit countries, intended destination), the reasons for
-- leaving and the needs. Nothing that names or identifies the respondent is asked.
INSERT INTO dtm_flow_survey_version (id, number, definition, published_at, published_by)
VALUES ('7d7e0b1e-9d1a-4c1e-8f00-000000000001', 1, $seed$
{
  "title": {"en": "Flow-monitoring survey", "ar": "مسح رصد التدفقات"},
  "questions": [
    {"id": "origin-country", "type": "country", "required": true,
     "labels": {"en": "Country of origin", "ar": "بلد المنشأ"}},
    {"id": "transit-countries", "type": "country_list",
     "labels": {"en": "Countries crossed on the way", "ar": "بلدان العبور في الطريق"}},
    {"id": "intended-destination", "type": "country", "required": true,
     "labels": {"en": "Intended destination (country)", "ar": "الوجهة المقصودة (البلد)"}},
    {"id": "reasons-for-leaving", "type": "multi_choice", "required": true,
     "labels": {"en": "Reasons for leaving", "ar": "أسباب المغادرة"},
     "choices": [
       {"id": "economic", "labels": {"en": "Economic reasons", "ar": "أسباب اقتصادية"}},
       {"id": "conflict", "labels": {"en": "Conflict", "ar": "نزاع"}},
       {"id": "insecurity", "labels": {"en": "Insecurity", "ar": "انعدام الأمن"}},
       {"id": "family", "labels": {"en": "Family reasons", "ar": "أسباب عائلية"}},
       {"id": "education", "labels": {"en": "Education", "ar": "التعليم"}},
       {"id": "other", "labels": {"en": "Other", "ar": "أخرى"}}
     ]},
    {"id": "needs", "type": "multi_choice",
     "labels": {"en": "Most pressing needs", "ar": "أكثر الاحتياجات إلحاحاً"},
     "choices": [
       {"id": "food", "labels": {"en": "Food", "ar": "الغذاء"}},
       {"id": "health", "labels": {"en": "Health", "ar": "الصحة"}},
       {"id": "shelter", "labels": {"en": "Shelter", "ar": "المأوى"}},
       {"id": "nfi", "labels": {"en": "Non-food items", "ar": "المواد غير الغذائية"}},
       {"id": "wash", "labels": {"en": "Water, sanitation and hygiene", "ar": "المياه والصرف الصحي والنظافة"}},
       {"id": "protection", "labels": {"en": "Protection", "ar": "الحماية"}},
       {"id": "legal", "labels": {"en": "Legal assistance", "ar": "المساعدة القانونية"}},
       {"id": "cash", "labels": {"en": "Cash", "ar": "النقد"}}
     ]}
  ]
}
$seed$::jsonb, TIMESTAMPTZ '2026-12-04 00:00:00+00', 'system');
