-- The Displacement Tracking Matrix's mobility tracking: rounds of key-informant assessments at baladiya and muhalla
-- level. A round is a series of versions: version 1 is the collection itself; a correction of a published version
-- opens the next one, with its reason, and every published version stays readable. Figures belong to a version.
CREATE TABLE dtm_round (
  id                uuid PRIMARY KEY,
  number            integer NOT NULL UNIQUE CHECK (number > 0),
  period_start      date NOT NULL,
  period_end        date NOT NULL CHECK (period_end >= period_start),
  -- A change from the previous round larger than this share (0.30 = 30 %) is flagged for a DTM officer to confirm.
  change_threshold  numeric(5, 3) NOT NULL DEFAULT 0.300 CHECK (change_threshold > 0),
  created_at        timestamptz NOT NULL,
  created_by        text NOT NULL,
  updated_at        timestamptz NOT NULL,
  updated_by        text NOT NULL,
  lock_version      integer NOT NULL DEFAULT 0
);

CREATE TABLE dtm_round_version (
  id                 uuid PRIMARY KEY,
  round_id           uuid NOT NULL REFERENCES dtm_round (id),
  version            integer NOT NULL CHECK (version > 0),
  status             text NOT NULL CHECK (status IN ('PLANNED', 'COLLECTING', 'VALIDATING', 'PUBLISHED')),
  correction_reason  text CHECK ((version = 1) = (correction_reason IS NULL)),
  -- The maker-checker command that asks for publication, while one is pending.
  publication_request uuid,
  published_at       timestamptz,
  published_by       text,
  approved_by        text,
  created_at         timestamptz NOT NULL,
  created_by         text NOT NULL,
  updated_at         timestamptz NOT NULL,
  updated_by         text NOT NULL,
  lock_version       integer NOT NULL DEFAULT 0,
  UNIQUE (round_id, version),
  CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
-- Only one version of a round is open for work at a time.
CREATE UNIQUE INDEX dtm_round_version_one_open ON dtm_round_version (round_id) WHERE status <> 'PUBLISHED';

-- One assessment of one unit (a baladiya, P-code of 8 characters, or a muhalla, 10) in one version of a round.
CREATE TABLE dtm_assessment (
  id                uuid PRIMARY KEY,
  round_version_id  uuid NOT NULL REFERENCES dtm_round_version (id),
  pcode             text NOT NULL CHECK (pcode ~ '^LY[0-9]{6}([0-9]{2})?$'),
  level             text NOT NULL GENERATED ALWAYS AS (CASE length(pcode) WHEN 8 THEN 'baladiya' ELSE 'muhalla' END) STORED,
  assessed_on       date,
  -- Where the figures came from: 'entry' (typed in), 'import:<import id>', or 'correction:<previous version>'.
  source            text NOT NULL,
  created_at        timestamptz NOT NULL,
  created_by        text NOT NULL,
  updated_at        timestamptz NOT NULL,
  updated_by        text NOT NULL,
  UNIQUE (round_version_id, pcode)
);

-- Who informed an assessment, never by name: a role, a sex and the kind of organisation they speak for.
CREATE TABLE dtm_key_informant (
  id                 uuid PRIMARY KEY,
  assessment_id      uuid NOT NULL REFERENCES dtm_assessment (id) ON DELETE CASCADE,
  role               text NOT NULL CHECK (role ~ '^[a-z][a-z-]{0,39}$'),
  sex                text CHECK (sex IN ('f', 'm')),
  organisation_type  text NOT NULL CHECK (organisation_type ~ '^[a-z][a-z-]{0,39}$')
);
CREATE INDEX dtm_key_informant_assessment_idx ON dtm_key_informant (assessment_id);

-- Every count is one row keyed by a dotted figure key: a population (idps, returnees, migrants), a unit (ind for
-- individuals, hh for households), then optional breakdowns: sex and age (idps.ind.f, migrants.ind.f.children),
-- migrants' nationality (migrants.ind.nationality.NER), IDPs' baladiya of origin (idps.ind.origin.LY010101), reason
-- for displacement, shelter type, arrival period. One shape lets validation, aggregation and export treat every
-- figure alike; dtm.FigureKey parses and checks them.
CREATE TABLE dtm_figure (
  assessment_id  uuid NOT NULL REFERENCES dtm_assessment (id) ON DELETE CASCADE,
  key            text NOT NULL CHECK (key ~ '^(idps|returnees|migrants)\.(ind|hh)(\.[A-Za-z0-9-]+)*$'),
  value          bigint NOT NULL CHECK (value >= 0),
  PRIMARY KEY (assessment_id, key)
);

-- Priority needs as the key informants ranked them, per population (1 is the most pressing).
CREATE TABLE dtm_priority_need (
  assessment_id  uuid NOT NULL REFERENCES dtm_assessment (id) ON DELETE CASCADE,
  population     text NOT NULL CHECK (population IN ('idps', 'returnees', 'migrants')),
  rank           integer NOT NULL CHECK (rank BETWEEN 1 AND 8),
  sector         text NOT NULL CHECK (sector IN ('food', 'health', 'shelter', 'nfi', 'wash', 'protection', 'education',
                                                 'livelihoods')),
  PRIMARY KEY (assessment_id, population, rank),
  UNIQUE (assessment_id, population, sector)
);

-- Coverage: the units a version planned but did not assess, and why. Assessed units are the assessments.
CREATE TABLE dtm_coverage_gap (
  round_version_id  uuid NOT NULL REFERENCES dtm_round_version (id),
  pcode             text NOT NULL CHECK (pcode ~ '^LY[0-9]{6}([0-9]{2})?$'),
  reason            text NOT NULL CHECK (reason IN ('insecurity', 'no-access', 'no-key-informant', 'not-planned',
                                                    'other')),
  note              text,
  recorded_at       timestamptz NOT NULL,
  recorded_by       text NOT NULL,
  PRIMARY KEY (round_version_id, pcode)
);

-- A spreadsheet import: its file, sheet and column mapping and the row-by-row report, kept so that every imported
-- figure can be traced to the row it came from.
CREATE TABLE dtm_import (
  id                uuid PRIMARY KEY,
  round_version_id  uuid NOT NULL REFERENCES dtm_round_version (id),
  file_name         text NOT NULL,
  file_sha256       text NOT NULL,
  sheet             text,
  mapping           jsonb NOT NULL,
  outcome           text NOT NULL CHECK (outcome IN ('IMPORTED', 'REFUSED')),
  report            jsonb NOT NULL,
  imported_at       timestamptz NOT NULL,
  imported_by       text NOT NULL
);
CREATE INDEX dtm_import_version_idx ON dtm_import (round_version_id, imported_at DESC);

-- What validation found in a version before publication, and how a DTM officer settled it: confirmed as right (with
-- the reason) or fixed. A version cannot be published while a flag is open.
CREATE TABLE dtm_validation_flag (
  id                uuid PRIMARY KEY,
  round_version_id  uuid NOT NULL REFERENCES dtm_round_version (id),
  rule              text NOT NULL CHECK (rule IN ('missing-unit', 'sex-age-sum', 'household-size', 'muhalla-sum',
                                                  'change-from-previous')),
  pcode             text NOT NULL,
  figure_key        text,
  detail            jsonb NOT NULL DEFAULT '{}',
  status            text NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED', 'FIXED')),
  reason            text,
  found_at          timestamptz NOT NULL,
  settled_at        timestamptz,
  settled_by        text,
  CHECK ((status = 'CONFIRMED') <= (reason IS NOT NULL AND settled_by IS NOT NULL))
);
CREATE INDEX dtm_validation_flag_version_idx ON dtm_validation_flag (round_version_id, status);

-- The figures of a published version at every level (muhalla, baladiya, mantika, region and Libya, whose P-code is
-- 'LY'), computed once at publication so that dashboards and exports read them without summing.
CREATE TABLE dtm_aggregate (
  round_version_id  uuid NOT NULL REFERENCES dtm_round_version (id),
  level             text NOT NULL CHECK (level IN ('libya', 'region', 'mantika', 'baladiya', 'muhalla')),
  pcode             text NOT NULL,
  key               text NOT NULL,
  value             bigint NOT NULL,
  PRIMARY KEY (round_version_id, level, pcode, key)
);

-- A published version is frozen in the database too, whatever the application asks.
CREATE FUNCTION dtm_refuse_change_to_published() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  version_id uuid;
BEGIN
  IF TG_TABLE_NAME IN ('dtm_assessment', 'dtm_coverage_gap') THEN
    version_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.round_version_id ELSE NEW.round_version_id END;
  ELSE
    SELECT a.round_version_id INTO version_id FROM dtm_assessment a
     WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id ELSE NEW.assessment_id END;
  END IF;
  IF EXISTS (SELECT FROM dtm_round_version v WHERE v.id = version_id AND v.status = 'PUBLISHED') THEN
    RAISE EXCEPTION 'round version % is published and frozen', version_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER dtm_assessment_frozen BEFORE INSERT OR UPDATE OR DELETE ON dtm_assessment
  FOR EACH ROW EXECUTE FUNCTION dtm_refuse_change_to_published();
CREATE TRIGGER dtm_coverage_gap_frozen BEFORE INSERT OR UPDATE OR DELETE ON dtm_coverage_gap
  FOR EACH ROW EXECUTE FUNCTION dtm_refuse_change_to_published();
CREATE TRIGGER dtm_figure_frozen BEFORE INSERT OR UPDATE OR DELETE ON dtm_figure
  FOR EACH ROW EXECUTE FUNCTION dtm_refuse_change_to_published();
CREATE TRIGGER dtm_key_informant_frozen BEFORE INSERT OR UPDATE OR DELETE ON dtm_key_informant
  FOR EACH ROW EXECUTE FUNCTION dtm_refuse_change_to_published();
CREATE TRIGGER dtm_priority_need_frozen BEFORE INSERT OR UPDATE OR DELETE ON dtm_priority_need
  FOR EACH ROW EXECUTE FUNCTION dtm_refuse_change_to_published();
