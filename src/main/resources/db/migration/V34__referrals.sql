-- Referrals: a person (or a case) sent to a service that an office of the mission or a partner organisation provides,
-- sharing only the fields the person consented to share with that partner, written once at send time.
--
-- The catalogue (services, urgencies with the answer time each allows) is data, in both languages. A referral's
-- lifecycle is sent → accepted | declined → done (with an outcome); the sender or their supervisor revokes one that is
-- not done. Partner users (users of an organisation that is not the mission) see, in PostgreSQL too, only the
-- referrals sent to their organisation and only while they are sent or accepted; what the sender wrote for the
-- mission alone (the reason, an override's justification) lives in a table partners never see.

-- How soon each urgency must be answered (accepted or declined); a referral still unanswered after it is overdue.
CREATE TABLE referrals_urgency (
  code            text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  position        integer NOT NULL UNIQUE CHECK (position > 0),
  response_hours  integer NOT NULL CHECK (response_hours > 0),
  name_en         text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar         text NOT NULL CHECK (length(trim(name_ar)) > 0)
);
INSERT INTO referrals_urgency (code, position, response_hours, name_en, name_ar) VALUES
  ('emergency', 1, 24, 'Emergency (answer within 24 hours)', 'طارئة (الرد خلال 24 ساعة)'),
  ('high', 2, 72, 'High (answer within 72 hours)', 'عالية (الرد خلال 72 ساعة)'),
  ('normal', 3, 168, 'Normal (answer within 7 days)', 'عادية (الرد خلال 7 أيام)');

-- The services people are referred to.
CREATE TABLE referrals_service (
  code      text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  position  integer NOT NULL UNIQUE CHECK (position > 0),
  name_en   text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar   text NOT NULL CHECK (length(trim(name_ar)) > 0),
  active    boolean NOT NULL DEFAULT true
);
INSERT INTO referrals_service (code, position, name_en, name_ar) VALUES
  ('medical', 1, 'Medical care', 'الرعاية الطبية'),
  ('mhpss', 2, 'Mental health and psychosocial support', 'الصحة النفسية والدعم النفسي الاجتماعي'),
  ('shelter', 3, 'Shelter', 'المأوى'),
  ('food-nfi', 4, 'Food and non-food items', 'الغذاء والمواد غير الغذائية'),
  ('legal', 5, 'Legal aid', 'المساعدة القانونية'),
  ('protection', 6, 'Protection', 'الحماية'),
  ('gbv-response', 7, 'GBV response', 'الاستجابة للعنف القائم على النوع الاجتماعي'),
  ('child-protection', 8, 'Child protection', 'حماية الطفل'),
  ('family-tracing', 9, 'Family tracing and reunification', 'البحث عن الأسر ولم شملها'),
  ('voluntary-return', 10, 'Voluntary humanitarian return', 'العودة الإنسانية الطوعية'),
  ('livelihoods', 11, 'Livelihoods', 'سبل العيش'),
  ('education', 12, 'Education', 'التعليم'),
  ('cash', 13, 'Cash assistance', 'المساعدة النقدية');

-- Who provides services: an office of the mission (an internal unit) or a partner organisation, never both.
CREATE TABLE referrals_provider (
  id               uuid PRIMARY KEY,
  office_id        uuid UNIQUE REFERENCES access_office (id),
  organisation_id  uuid UNIQUE REFERENCES access_organisation (id),
  active           boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL,
  created_by       text NOT NULL,
  CHECK ((office_id IS NULL) <> (organisation_id IS NULL))
);

CREATE TABLE referrals_provider_service (
  provider_id  uuid NOT NULL REFERENCES referrals_provider (id) ON DELETE CASCADE,
  service      text NOT NULL REFERENCES referrals_service (code),
  PRIMARY KEY (provider_id, service)
);

CREATE SEQUENCE referrals_number_seq;

CREATE TABLE referrals_referral (
  id                 uuid PRIMARY KEY,
  -- Short and sayable, for the partner's phone call back.
  referral_number    text NOT NULL UNIQUE,
  person_id          uuid NOT NULL REFERENCES people_person (id),
  case_id            uuid REFERENCES cases_case (id),
  service            text NOT NULL REFERENCES referrals_service (code),
  provider_id        uuid NOT NULL REFERENCES referrals_provider (id),
  -- The receiver: a partner organisation, or an office of the mission.
  to_organisation    uuid REFERENCES access_organisation (id),
  to_office          uuid REFERENCES access_office (id),
  urgency            text NOT NULL REFERENCES referrals_urgency (code),
  -- When an answer is due (sent_at + the urgency's response time): a referral still sent after it is overdue.
  due_at             timestamptz NOT NULL,
  -- The person's baladiya when sent, for the scopes of mission users.
  baladiya_pcode     text,
  from_office        uuid REFERENCES access_office (id),
  -- The fields chosen for sharing, and their values as they were at send time: all a receiver ever reads.
  shared_fields      text[] NOT NULL,
  shared             jsonb NOT NULL CHECK (jsonb_typeof(shared) = 'object'),
  -- Why sharing was allowed: the person's consent for this partner, an internal unit, or an audited override.
  consent_basis      text NOT NULL CHECK (consent_basis IN ('consent', 'internal', 'override')),
  status             text NOT NULL DEFAULT 'sent'
                     CHECK (status IN ('sent', 'accepted', 'declined', 'done', 'revoked')),
  sent_at            timestamptz NOT NULL,
  sent_by            uuid NOT NULL REFERENCES access_user (id),
  sent_by_name       text NOT NULL,
  answered_at        timestamptz,
  answered_by        text,
  decline_reason     text CHECK (length(decline_reason) <= 2000),
  completed_at       timestamptz,
  completed_by       text,
  outcome            text CHECK (outcome IN ('service-delivered', 'not-reachable', 'refused-by-person', 'not-eligible',
                                             'referred-onward', 'other')),
  outcome_note       text CHECK (length(outcome_note) <= 2000),
  revoked_at         timestamptz,
  revoked_by         text,
  revoke_reason      text CHECK (length(revoke_reason) <= 2000),
  -- The case's service-plan item this referral delivers, when there is one (linked at merge with cases-work).
  service_plan_item  uuid,
  -- The permission a reader needs to see its timeline entries (a restricted case's type's), or null.
  timeline_permission text REFERENCES access_permission (code),
  updated_at         timestamptz NOT NULL,
  -- Optimistic lock: a stale version is a 409.
  version            integer NOT NULL DEFAULT 0,
  CHECK ((to_organisation IS NULL) <> (to_office IS NULL)),
  CHECK ((consent_basis = 'internal') = (to_office IS NOT NULL)),
  CHECK (status <> 'sent' OR answered_at IS NULL),
  CHECK (status NOT IN ('accepted', 'declined', 'done') OR answered_at IS NOT NULL),
  CHECK (status <> 'declined' OR (answered_at IS NOT NULL AND length(trim(decline_reason)) > 0)),
  CHECK ((status = 'done') = (completed_at IS NOT NULL AND outcome IS NOT NULL)),
  CHECK ((status = 'revoked') = (revoked_at IS NOT NULL AND length(trim(revoke_reason)) > 0))
);
CREATE INDEX referrals_referral_person_idx ON referrals_referral (person_id);
CREATE INDEX referrals_referral_case_idx ON referrals_referral (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX referrals_referral_to_org_idx ON referrals_referral (to_organisation, status, sent_at DESC);
CREATE INDEX referrals_referral_to_office_idx ON referrals_referral (to_office, status, sent_at DESC);
CREATE INDEX referrals_referral_sender_idx ON referrals_referral (sent_by, sent_at DESC);
CREATE INDEX referrals_referral_overdue_idx ON referrals_referral (due_at) WHERE status = 'sent';
REVOKE DELETE ON referrals_referral FROM ${app_role};

-- What the sender wrote for the mission only: never seen by a partner, in any state.
CREATE TABLE referrals_referral_private (
  referral_id      uuid PRIMARY KEY REFERENCES referrals_referral (id),
  reason           text NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 2000),
  override_reason  text CHECK (length(override_reason) <= 2000)
);
REVOKE DELETE ON referrals_referral_private FROM ${app_role};

-- The partner organisation the transaction's user works for: their organisation when it is not the mission, null for
-- mission staff (and accounts without an organisation), the system identity and nobody.
CREATE FUNCTION referrals_partner_org() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT u.organisation_id
    FROM public.access_user u JOIN public.access_organisation o ON o.id = u.organisation_id
   WHERE u.id = public.access_current_user() AND o.kind <> 'MISSION'
$$;
REVOKE ALL ON FUNCTION referrals_partner_org() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referrals_partner_org() TO ${app_role};

-- The office of the transaction's user (who answers a referral to an internal unit).
CREATE FUNCTION referrals_user_office() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT u.office_id FROM public.access_user u WHERE u.id = public.access_current_user()
$$;
REVOKE ALL ON FUNCTION referrals_user_office() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referrals_user_office() TO ${app_role};

ALTER TABLE referrals_referral ENABLE ROW LEVEL SECURITY;
-- Mission users: referrals that name no case, or whose case they may see (a restricted case's referrals follow it).
-- Partner users: referrals sent to their organisation.
CREATE POLICY referral_readable ON referrals_referral
  USING (CASE WHEN referrals_partner_org() IS NULL
              THEN case_id IS NULL OR EXISTS (SELECT 1 FROM public.cases_case c WHERE c.id = case_id)
              ELSE to_organisation = referrals_partner_org() END);
-- Partner users, moreover: only while sent or accepted. The one exception is the referral the transaction is
-- answering (masar.referral_answering, set by the service for its own update), so that a partner's decline or
-- completion can be written and shown once, after which it is gone for them.
CREATE POLICY partner_while_open ON referrals_referral AS RESTRICTIVE FOR SELECT
  USING (referrals_partner_org() IS NULL
         OR (to_organisation = referrals_partner_org()
             AND (status IN ('sent', 'accepted')
                  OR id::text = current_setting('masar.referral_answering', true))));
CREATE POLICY partner_answers_open ON referrals_referral AS RESTRICTIVE FOR UPDATE
  USING (referrals_partner_org() IS NULL
         OR (to_organisation = referrals_partner_org() AND status IN ('sent', 'accepted')))
  WITH CHECK (referrals_partner_org() IS NULL OR to_organisation = referrals_partner_org());
CREATE POLICY partner_never_sends ON referrals_referral AS RESTRICTIVE FOR INSERT
  WITH CHECK (referrals_partner_org() IS NULL);

ALTER TABLE referrals_referral_private ENABLE ROW LEVEL SECURITY;
CREATE POLICY mission_only ON referrals_referral_private
  USING (referrals_partner_org() IS NULL
         AND EXISTS (SELECT 1 FROM public.referrals_referral r WHERE r.id = referral_id));

-- Permissions: overriding a missing sharing consent (a life-saving emergency, with a reason, audited and listed for
-- supervisors), and keeping the catalogue of providers.
INSERT INTO access_permission (code) VALUES ('referrals:override-consent'), ('referrals:manage-services')
ON CONFLICT DO NOTHING;

INSERT INTO access_role_permission (role_code, permission)
SELECT role_code, permission FROM (VALUES
  ('CASE_SUPERVISOR', 'referrals:override-consent'),
  ('PROGRAMME_MANAGER', 'referrals:manage-services')
) AS grants (role_code, permission)
WHERE EXISTS (SELECT FROM access_role r WHERE r.code = grants.role_code)
ON CONFLICT DO NOTHING;

-- Referrals re-pointed from a merged person to the survivor, per merge, so that undoing the merge moves back exactly
-- those (and referrals made for the survivor since stay with the survivor).
CREATE TABLE referrals_person_move (
  merged       uuid NOT NULL REFERENCES people_person (id),
  survivor     uuid NOT NULL REFERENCES people_person (id),
  referral_id  uuid NOT NULL REFERENCES referrals_referral (id),
  PRIMARY KEY (merged, referral_id)
);
