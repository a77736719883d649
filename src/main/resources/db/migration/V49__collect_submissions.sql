-- Field collection (issue 15), part two: submissions as phones send them through /submission, their attachments, their
-- review, the binding of a form to a Masar target and what each submission became there.

-- One row per instance a phone sent: an edit (meta/deprecatedID) is a new row with the same record_id, and the row it
-- replaces stops being current. (form, instance_id) is unique: a phone re-sending after a dropped connection finds its
-- row through this index, never by a scan; the same instanceID with other content (xml_sha256) is a conflict.
CREATE TABLE collect_submission (
  id              uuid PRIMARY KEY,
  form            uuid NOT NULL REFERENCES collect_form (id),
  form_version    uuid NOT NULL REFERENCES collect_form_version (id),
  instance_id     text NOT NULL CHECK (length(instance_id) BETWEEN 1 AND 200),
  record_id       uuid NOT NULL,
  deprecated_id   text,
  current         boolean NOT NULL,
  -- the instance document exactly as received (UTF-8), and its SHA-256
  xml             text NOT NULL,
  xml_sha256      bytea NOT NULL,
  -- who sent it: the account, and the collect password (the phone) it was sent with
  submitted_by    uuid NOT NULL REFERENCES access_user (id),
  submitter       text NOT NULL,
  collect_password uuid REFERENCES collect_password (id),
  device_id       text,
  received_at     timestamptz NOT NULL,
  -- attachments the instance names, and how many of them have arrived
  attachments_expected integer NOT NULL DEFAULT 0 CHECK (attachments_expected >= 0),
  attachments_present  integer NOT NULL DEFAULT 0 CHECK (attachments_present >= 0),
  review_state    text NOT NULL DEFAULT 'received'
                    CHECK (review_state IN ('received', 'approved', 'has-issues', 'rejected')),
  -- what the form's binding made of it: null while the form has no binding
  mapping_state   text CHECK (mapping_state IN ('mapped', 'unmapped')),
  mapping_target  text,
  mapping_ref     text,
  mapping_reason  text,
  UNIQUE (form, instance_id)
);
-- one current version per record: two edits of the same version cannot both become current
CREATE UNIQUE INDEX collect_submission_current ON collect_submission (record_id) WHERE current;
-- a form's submissions, newest first (browse, API lists, export)
CREATE INDEX collect_submission_form ON collect_submission (form, received_at DESC, id);
CREATE INDEX collect_submission_unmapped ON collect_submission (form, received_at DESC) WHERE mapping_state = 'unmapped';

-- Attachment bytes, outside the rows that name them, shared by identical files (a re-sent photo is stored once).
CREATE TABLE collect_attachment_content (
  sha256  bytea PRIMARY KEY,
  bytes   bytea NOT NULL
);

-- The files a submission names: a row for each as soon as the instance is received, content filled when the file
-- arrives (in the same request or a later one).
CREATE TABLE collect_submission_attachment (
  submission    uuid NOT NULL REFERENCES collect_submission (id),
  filename      text NOT NULL,
  content_type  text,
  size          bigint,
  sha256        bytea REFERENCES collect_attachment_content (sha256),
  received_at   timestamptz,
  PRIMARY KEY (submission, filename)
);

-- Every review decision, in order; collect_submission.review_state is the latest.
CREATE TABLE collect_submission_review (
  id          uuid PRIMARY KEY,
  submission  uuid NOT NULL REFERENCES collect_submission (id),
  state       text NOT NULL CHECK (state IN ('received', 'approved', 'has-issues', 'rejected')),
  note        text,
  reviewed_by text NOT NULL,
  reviewed_at timestamptz NOT NULL
);
CREATE INDEX collect_submission_review_submission ON collect_submission_review (submission, reviewed_at);

-- A form bound to one Masar target. mapping is the target's own JSON (which form field gives which Masar field);
-- it is checked against the form's fields when the binding is saved.
CREATE TABLE collect_binding (
  form        uuid PRIMARY KEY REFERENCES collect_form (id),
  target      text NOT NULL CHECK (target IN ('dtm-assessment', 'dtm-flow-survey', 'people-screening',
                                                 'people-registration')),
  mapping     jsonb NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL
);

-- Forms limited to teams: every user of the office may see the form (as well as the users in collect_form_user).
CREATE TABLE collect_form_office (
  form    uuid NOT NULL REFERENCES collect_form (id),
  office  uuid NOT NULL REFERENCES access_office (id),
  PRIMARY KEY (form, office)
);

-- What was received is kept as received: the application may never delete a submission, its attachments or a review,
-- nor rewrite a review decision or a received document (an edit is a new row; only the current flag, the counts of
-- attachments, the review state and the mapping columns of a submission change).
REVOKE DELETE ON collect_submission, collect_submission_attachment, collect_attachment_content FROM ${app_role};
REVOKE UPDATE, DELETE ON collect_submission_review FROM ${app_role};
-- Column privileges cannot narrow a table-wide UPDATE grant, so a trigger keeps the received columns as they were.
CREATE FUNCTION collect_submission_keep_received() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.form, NEW.form_version, NEW.instance_id, NEW.record_id, NEW.deprecated_id, NEW.xml, NEW.xml_sha256,
      NEW.submitted_by, NEW.submitter, NEW.collect_password, NEW.device_id, NEW.received_at)
     IS DISTINCT FROM
     (OLD.id, OLD.form, OLD.form_version, OLD.instance_id, OLD.record_id, OLD.deprecated_id, OLD.xml, OLD.xml_sha256,
      OLD.submitted_by, OLD.submitter, OLD.collect_password, OLD.device_id, OLD.received_at) THEN
    RAISE EXCEPTION 'submission %: what was received is never rewritten', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER collect_submission_keep_received BEFORE UPDATE ON collect_submission
  FOR EACH ROW EXECUTE FUNCTION collect_submission_keep_received();
