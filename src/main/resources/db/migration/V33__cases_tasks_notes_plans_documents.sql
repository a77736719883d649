-- The work on a case: tasks with due dates and assignees, notes (restricted ones sealed by the application), the
-- service plan (what the person needs and what delivered it) and documents (their content in a table of its own).
--
-- Every table here is a part of a case: CALL cases_follow_case_visibility gives it its case's row-level security, so
-- a restricted case's tasks, notes, plan and documents are seen and written only by who sees the case.

-- A task: something to do on a case by a date, by a user. Open until done or cancelled; who and when are kept.
CREATE TABLE cases_case_task (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases_case (id),
  title          text NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
  -- A day of the mission (Libya's time): a task is overdue once that day has passed in Africa/Tripoli.
  due_on         date NOT NULL,
  assigned_to    uuid NOT NULL REFERENCES access_user (id),
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  created_at     timestamptz NOT NULL,
  created_by     text NOT NULL,
  updated_at     timestamptz NOT NULL,
  updated_by     text NOT NULL,
  closed_at      timestamptz,
  closed_by      text,
  cancel_reason  text CHECK (length(cancel_reason) <= 1000),
  -- Optimistic lock: two phones editing one task never overwrite each other silently (a stale version is a 409).
  version        integer NOT NULL DEFAULT 0,
  CHECK ((status = 'open') = (closed_at IS NULL)),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
  CHECK (status <> 'cancelled' OR length(trim(cancel_reason)) > 0)
);
CREATE INDEX cases_case_task_case_idx ON cases_case_task (case_id, status, due_on);
-- "My (overdue) tasks": the open tasks of one user by due date.
CREATE INDEX cases_case_task_assignee_idx ON cases_case_task (assigned_to, due_on) WHERE status = 'open';
CALL cases_follow_case_visibility('cases_case_task');
REVOKE DELETE ON cases_case_task FROM ${app_role};

-- A note is never edited: a correction is a new note naming the note it corrects, and both stay (what a caseworker
-- wrote at the time is part of the record). Append-only for the application.
-- A note of a restricted case, or one marked restricted, holds its text sealed by shared.SecretBox (AES-256-GCM, the
-- key outside the database) in sealed_text; other notes hold it in plain_text.
CREATE TABLE cases_case_note (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases_case (id),
  restricted   boolean NOT NULL,
  plain_text   text CHECK (length(plain_text) <= 10000),
  sealed_text  text,
  corrects     uuid REFERENCES cases_case_note (id),
  written_at   timestamptz NOT NULL,
  written_by   text NOT NULL,
  CHECK ((plain_text IS NULL) <> (sealed_text IS NULL)),
  CHECK (restricted = (sealed_text IS NOT NULL)),
  CHECK (corrects IS DISTINCT FROM id)
);
CREATE INDEX cases_case_note_case_idx ON cases_case_note (case_id, written_at DESC);
CREATE UNIQUE INDEX cases_case_note_one_correction ON cases_case_note (corrects) WHERE corrects IS NOT NULL;
CALL cases_follow_case_visibility('cases_case_note');
REVOKE UPDATE, DELETE ON cases_case_note FROM ${app_role};

-- The service plan: a service the person needs (a code of org.masar.cases.ServicePlanService), planned, then
-- delivered (by what: a referral, an assistance record, or by hand) or cancelled with a reason.
CREATE TABLE cases_service_plan_item (
  id                 uuid PRIMARY KEY,
  case_id            uuid NOT NULL REFERENCES cases_case (id),
  service            text NOT NULL CHECK (service IN ('MEDICAL', 'MHPSS', 'SHELTER', 'FOOD_NFI', 'LEGAL', 'PROTECTION',
                                                      'VOLUNTARY_RETURN', 'LIVELIHOODS', 'EDUCATION', 'CASH',
                                                      'FAMILY_TRACING', 'DOCUMENTATION')),
  details            text CHECK (length(details) <= 500),
  status             text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'delivered', 'cancelled')),
  planned_at         timestamptz NOT NULL,
  planned_by         text NOT NULL,
  delivered_at       timestamptz,
  delivered_by       text,
  -- What delivered it: a record of another module ('referrals.referral', 'assistance.distribution') and its id, or
  -- 'cases.manual' (a caseworker said so) without one.
  delivered_by_type  text CHECK (delivered_by_type ~ '^[a-z]+\.[a-z][a-z0-9-]*$'),
  delivered_by_id    uuid,
  cancelled_at       timestamptz,
  cancelled_by       text,
  cancel_reason      text CHECK (length(cancel_reason) <= 1000),
  version            integer NOT NULL DEFAULT 0,
  CHECK ((status = 'delivered') = (delivered_at IS NOT NULL AND delivered_by_type IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL AND length(trim(cancel_reason)) > 0))
);
CREATE INDEX cases_service_plan_item_case_idx ON cases_service_plan_item (case_id, planned_at);
CALL cases_follow_case_visibility('cases_service_plan_item');
REVOKE DELETE ON cases_service_plan_item FROM ${app_role};

-- A document attached to a case. Its bytes live in cases_case_document_content, read only when it is downloaded.
-- Deleting is soft, with a reason: the row stays, and its content is no longer served.
CREATE TABLE cases_case_document (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases_case (id),
  file_name       text NOT NULL CHECK (length(trim(file_name)) > 0 AND length(file_name) <= 200),
  -- Found from the content itself, never from the name or the header the client sent.
  media_type      text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  size_bytes      integer NOT NULL CHECK (size_bytes > 0),
  sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  description     text CHECK (length(description) <= 500),
  uploaded_at     timestamptz NOT NULL,
  uploaded_by     text NOT NULL,
  deleted_at      timestamptz,
  deleted_by      text,
  delete_reason   text CHECK (length(delete_reason) <= 1000),
  version         integer NOT NULL DEFAULT 0,
  CHECK ((deleted_at IS NULL) = (deleted_by IS NULL)),
  CHECK (deleted_at IS NULL OR length(trim(delete_reason)) > 0)
);
CREATE INDEX cases_case_document_case_idx ON cases_case_document (case_id, uploaded_at DESC);
CALL cases_follow_case_visibility('cases_case_document');
REVOKE DELETE ON cases_case_document FROM ${app_role};

-- The bytes of a restricted case's document are sealed by shared.SecretBox (the ASCII of its sealed text), as its
-- notes are: a copy of the database alone gives none of them away.
CREATE TABLE cases_case_document_content (
  document_id  uuid PRIMARY KEY REFERENCES cases_case_document (id),
  case_id      uuid NOT NULL REFERENCES cases_case (id),
  sealed       boolean NOT NULL,
  content      bytea NOT NULL
);
CALL cases_follow_case_visibility('cases_case_document_content');
REVOKE UPDATE, DELETE ON cases_case_document_content FROM ${app_role};
