-- Assistance (issue 14): cash and vouchers. A cycle (programme, project, purpose, period, baladiya) holds payment
-- lists; a list's transfers are approved through the one maker-checker (approvals, type assistance.payment-list), then
-- sent, then collected, failed or cancelled. Nobody is paid twice in one cycle: PostgreSQL's unique indexes say so.

CREATE TABLE assistance_cash_cycle (
  id              uuid PRIMARY KEY,
  name            text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  programme       text NOT NULL CHECK (programme ~ '^[A-Z_]{2,30}$'),
  project         text CHECK (project IS NULL OR length(trim(project)) BETWEEN 1 AND 60),
  purpose         text NOT NULL CHECK (purpose IN ('shelter', 'nfi', 'medicines', 'rent', 'livelihood')),
  starts_on       date NOT NULL,
  ends_on         date NOT NULL CHECK (ends_on >= starts_on),
  -- Where the cycle pays: the checker of its lists must cover it, and collected transfers are services delivered here.
  baladiya_pcode  text NOT NULL,
  created_at      timestamptz NOT NULL,
  created_by_name text NOT NULL
);
CREATE INDEX assistance_cash_cycle_starts_idx ON assistance_cash_cycle (starts_on DESC);

-- A payment list: drafted (transfers added and removed), pending (submitted for approval: locked), approved.
-- A rejected or withdrawn submission returns it to draft. Its version changes with each change of its transfers;
-- the approval names the version submitted, and the handler refuses any other.
CREATE TABLE assistance_payment_list (
  id                uuid PRIMARY KEY,
  cycle_id          uuid NOT NULL REFERENCES assistance_cash_cycle (id),
  name              text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  status            text NOT NULL CHECK (status IN ('draft', 'pending', 'approved')),
  version           integer NOT NULL DEFAULT 0,
  approval_id       uuid,
  created_at        timestamptz NOT NULL,
  created_by        uuid NOT NULL,
  created_by_name   text NOT NULL,
  submitted_at      timestamptz,
  submitted_by_name text,
  approved_at       timestamptz,
  approved_by_name  text,
  CHECK ((status = 'draft') OR approval_id IS NOT NULL)
);
CREATE INDEX assistance_payment_list_cycle_idx ON assistance_payment_list (cycle_id, created_at);

-- What a transfer's status may become: data, checked by a trigger (and read by the service to answer a 409 naming both).
-- draft -> approved happens only when a checker approves the list (through_approval): never through a status change.
CREATE TABLE assistance_transfer_transition (
  from_status      text NOT NULL,
  to_status        text NOT NULL,
  through_approval boolean NOT NULL DEFAULT false,
  PRIMARY KEY (from_status, to_status)
);
INSERT INTO assistance_transfer_transition (from_status, to_status, through_approval) VALUES
  ('draft', 'approved', true),
  ('approved', 'sent', false),
  ('approved', 'cancelled', false),
  ('sent', 'collected', false),
  ('sent', 'failed', false),
  ('sent', 'cancelled', false);

CREATE SEQUENCE assistance_transfer_reference_seq;

CREATE TABLE assistance_transfer (
  id              uuid PRIMARY KEY,
  -- The short reference the provider gets in the payment list export and quotes in its report.
  reference       text NOT NULL UNIQUE CHECK (reference ~ '^TR-[0-9]{6,}$'),
  list_id         uuid NOT NULL REFERENCES assistance_payment_list (id),
  cycle_id        uuid NOT NULL REFERENCES assistance_cash_cycle (id),
  person_id       uuid NOT NULL,
  -- Set when the transfer is for the household (person_id is then the member who collects it).
  household_id    uuid,
  person_baladiya text,
  amount          numeric(12, 2) NOT NULL CHECK (amount > 0),
  currency        text NOT NULL DEFAULT 'LYD' CHECK (currency ~ '^[A-Z]{3}$'),
  purpose         text NOT NULL CHECK (purpose IN ('shelter', 'nfi', 'medicines', 'rent', 'livelihood')),
  mechanism       text NOT NULL CHECK (mechanism IN ('cash-in-hand', 'mobile-money', 'prepaid-card', 'voucher')),
  vendor          text CHECK (vendor IS NULL OR length(trim(vendor)) BETWEEN 1 AND 200),
  status          text NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'approved', 'sent', 'collected', 'failed', 'cancelled')),
  status_reason   text CHECK (status_reason IS NULL OR length(trim(status_reason)) BETWEEN 1 AND 1000),
  status_at       timestamptz NOT NULL,
  status_by_name  text NOT NULL,
  service_id      uuid,
  created_at      timestamptz NOT NULL,
  created_by_name text NOT NULL,
  CHECK ((mechanism = 'voucher') = (vendor IS NOT NULL)),
  CHECK (status NOT IN ('failed', 'cancelled') OR status_reason IS NOT NULL),
  CHECK ((status = 'collected') = (service_id IS NOT NULL))
);
CREATE INDEX assistance_transfer_list_idx ON assistance_transfer (list_id, reference);
-- Nobody is paid twice in one cycle: one live transfer per person, and one per household, per cycle.
CREATE UNIQUE INDEX assistance_transfer_once_per_person ON assistance_transfer (cycle_id, person_id)
  WHERE status NOT IN ('cancelled', 'failed');
CREATE UNIQUE INDEX assistance_transfer_once_per_household ON assistance_transfer (cycle_id, household_id)
  WHERE household_id IS NOT NULL AND status NOT IN ('cancelled', 'failed');

-- Everyone a live transfer pays for: its recipient, and every member of the household when it is for the household.
-- So a person paid through their household's transfer cannot also be paid individually in the cycle (or through a
-- second household), whichever came first. Rows go when the transfer is cancelled or fails, or is removed from a draft.
CREATE TABLE assistance_transfer_cover (
  transfer_id uuid NOT NULL REFERENCES assistance_transfer (id) ON DELETE CASCADE,
  cycle_id    uuid NOT NULL,
  person_id   uuid NOT NULL,
  PRIMARY KEY (transfer_id, person_id),
  UNIQUE (cycle_id, person_id)
);

CREATE FUNCTION assistance_transfer_check_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> OLD.status THEN
    IF NOT EXISTS (SELECT FROM assistance_transfer_transition
                    WHERE from_status = OLD.status AND to_status = NEW.status) THEN
      RAISE EXCEPTION 'transfer % may not go from % to %', OLD.id, OLD.status, NEW.status
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status IN ('cancelled', 'failed') THEN
      DELETE FROM assistance_transfer_cover WHERE transfer_id = NEW.id;
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER assistance_transfer_transition_check BEFORE UPDATE OF status ON assistance_transfer
  FOR EACH ROW EXECUTE FUNCTION assistance_transfer_check_transition();
