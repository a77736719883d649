-- Assistance (issue 14), distributions: planned (site and/or baladiya, day, warehouse, service type, items per person
-- or household, targeting criteria), given a beneficiary list, opened, carried out by hand-overs (each one a service
-- delivered and stock dispatched at once), then closed with a reconciliation of planned vs given vs stock.
-- A person never receives one distribution twice: unique indexes, not reads before writes.

-- Every change of a list or of its hand-overs takes a number from this sequence: the list's version is the largest
-- number its distribution, beneficiaries and hand-overs carry (a phone compares it with the one it holds).
CREATE SEQUENCE assistance_distribution_change_seq;

CREATE TABLE assistance_distribution (
  id              uuid PRIMARY KEY,
  name            text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  site_id         uuid,
  -- the site's names as seen when planned, so that readers (and phones) need no geo permission
  site_name_en    text,
  site_name_ar    text,
  baladiya_pcode  text,
  planned_on      date NOT NULL,
  warehouse_id    uuid NOT NULL REFERENCES assistance_warehouse (site_id),
  service_type    text NOT NULL REFERENCES assistance_service_type (code),
  per_household   boolean NOT NULL,
  targeting       text CHECK (length(targeting) <= 4000),
  programme       text NOT NULL CHECK (programme ~ '^[A-Z_]{2,30}$'),
  project         text CHECK (project IS NULL OR length(trim(project)) BETWEEN 1 AND 60),
  status          text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'closed')),
  change_seq      bigint NOT NULL DEFAULT nextval('assistance_distribution_change_seq'),
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  opened_at       timestamptz,
  opened_by       text,
  closed_at       timestamptz,
  closed_by       text,
  -- kept when closed: per item planned, given, dispatched; beneficiaries listed, served and not served
  reconciliation  jsonb,
  CHECK (site_id IS NOT NULL OR baladiya_pcode IS NOT NULL),
  CHECK ((status = 'closed') = (reconciliation IS NOT NULL))
);
CREATE INDEX assistance_distribution_planned_idx ON assistance_distribution (planned_on DESC, id);

-- What each beneficiary receives: an item or a kit of the catalogue, with its quantity.
CREATE TABLE assistance_distribution_item (
  distribution_id uuid NOT NULL REFERENCES assistance_distribution (id),
  position        integer NOT NULL,
  item_id         uuid REFERENCES assistance_item (id),
  kit_id          uuid REFERENCES assistance_kit (id),
  quantity        integer NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
  PRIMARY KEY (distribution_id, position),
  CHECK ((item_id IS NULL) <> (kit_id IS NULL))
);

-- The list: one row per person (per household when the distribution is per household), with what the phone shows to
-- recognise them copied when added (names, sex, birth), and the person's baladiya by which services are scoped.
CREATE TABLE assistance_distribution_beneficiary (
  id                  uuid PRIMARY KEY,
  distribution_id     uuid NOT NULL REFERENCES assistance_distribution (id),
  person_id           uuid NOT NULL,
  household_id        uuid,
  registration_number text NOT NULL,
  name_ar             text NOT NULL,
  name_lat            text NOT NULL,
  sex                 text CHECK (sex IN ('M', 'F')),
  -- the day of birth, or as estimated from an age, when known: ages and age bands are worked out from it
  born_about          date,
  person_baladiya     text,
  source              text NOT NULL CHECK (source IN ('ids', 'filter', 'case-list', 'import')),
  added_at            timestamptz NOT NULL,
  added_by            text NOT NULL,
  change_seq          bigint NOT NULL DEFAULT nextval('assistance_distribution_change_seq')
);
CREATE UNIQUE INDEX assistance_distribution_beneficiary_person_uq
  ON assistance_distribution_beneficiary (distribution_id, person_id);
CREATE UNIQUE INDEX assistance_distribution_beneficiary_household_uq
  ON assistance_distribution_beneficiary (distribution_id, household_id) WHERE household_id IS NOT NULL;

-- A hand-over: its id is made by the phone (a re-send carries the same id), and one beneficiary receives once.
CREATE TABLE assistance_handover (
  id                uuid PRIMARY KEY,
  distribution_id   uuid NOT NULL REFERENCES assistance_distribution (id),
  beneficiary_id    uuid NOT NULL REFERENCES assistance_distribution_beneficiary (id),
  person_id         uuid NOT NULL,
  received_by       text NOT NULL CHECK (received_by IN ('self', 'proxy')),
  proxy_name        text CHECK (length(trim(proxy_name)) BETWEEN 1 AND 200),
  identity_checked  boolean NOT NULL,
  handed_over_at    timestamptz NOT NULL,
  recorded_at       timestamptz NOT NULL,
  recorded_by       text NOT NULL,
  service_id        uuid NOT NULL,
  stock_operation   uuid,
  change_seq        bigint NOT NULL DEFAULT nextval('assistance_distribution_change_seq'),
  CHECK ((received_by = 'proxy') = (proxy_name IS NOT NULL))
);
CREATE UNIQUE INDEX assistance_handover_once_uq ON assistance_handover (distribution_id, beneficiary_id);

-- The stock ledger names a distribution's dispatches by its id: reconciliation sums them.
CREATE INDEX assistance_stock_movement_distribution_idx ON assistance_stock_movement (distribution_ref)
  WHERE distribution_ref IS NOT NULL;

-- Hand-overs are never rewritten nor removed (a mistake is voided on its service); lists lose no one once open.
REVOKE UPDATE, DELETE ON assistance_handover FROM ${app_role};
REVOKE DELETE ON assistance_distribution, assistance_distribution_item FROM ${app_role};
