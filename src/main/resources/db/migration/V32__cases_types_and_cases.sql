-- Case management: case types defined as data, and the cases that follow a person (or a household) through them.
--
-- A case type names its programme, its default sensitivity, its workflow stages in order, the transitions between
-- them (and which of those need a supervisor's approval through the approvals module) and its assessment
-- questionnaire. Adding a type, or a stage to one, is data: no release.
--
-- A case's status (open, transferred, closed, merged) is kept apart from its stage, so that reports count both.

CREATE TABLE cases_case_type (
  code                 text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  programme            text NOT NULL CHECK (programme IN ('MRRM', 'SAR', 'HEALTH', 'MHPSS', 'VHR', 'PROTECTION', 'WASH',
                                                          'SHELTER_NFI', 'STABILIZATION', 'DTM', 'AAP')),
  name_en              text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar              text NOT NULL CHECK (length(trim(name_ar)) > 0),
  -- A new case of the type is a restricted record (access.RestrictedRecords) unless its opener lowers it, which needs
  -- the right to pass it on.
  default_sensitivity  text NOT NULL CHECK (default_sensitivity IN ('NORMAL', 'RESTRICTED')),
  -- A permission a reader also needs to see the type's entries on a person's timeline (protection:read-restricted);
  -- null when every reader of the person may see them.
  timeline_permission  text REFERENCES access_permission (code),
  active               boolean NOT NULL DEFAULT true,
  version              integer NOT NULL DEFAULT 0
);

-- The type's stages in order. The first is where a case opens; a closing stage is where a closed case rests.
CREATE TABLE cases_stage (
  case_type  text NOT NULL REFERENCES cases_case_type (code),
  code       text NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  position   integer NOT NULL CHECK (position > 0),
  name_en    text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar    text NOT NULL CHECK (length(trim(name_ar)) > 0),
  closing    boolean NOT NULL DEFAULT false,
  PRIMARY KEY (case_type, code),
  UNIQUE (case_type, position)
);

-- The moves a type allows; any other is refused. A move that needs approval is recorded as an approvals command and
-- happens only when a second user approves it.
CREATE TABLE cases_transition (
  case_type       text NOT NULL,
  from_stage      text NOT NULL,
  to_stage        text NOT NULL,
  needs_approval  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (case_type, from_stage, to_stage),
  FOREIGN KEY (case_type, from_stage) REFERENCES cases_stage (case_type, code),
  FOREIGN KEY (case_type, to_stage) REFERENCES cases_stage (case_type, code),
  CHECK (from_stage <> to_stage)
);

CREATE SEQUENCE cases_case_number_seq;

CREATE TABLE cases_case (
  id               uuid PRIMARY KEY,
  -- Short and sayable: printed on the page and said over the phone.
  case_number      text NOT NULL UNIQUE,
  case_type        text NOT NULL REFERENCES cases_case_type (code),
  -- The person the case is about; a household's case names the household too, and its person is the one it was
  -- opened for (usually the head).
  person_id        uuid NOT NULL REFERENCES people_person (id),
  household_id     uuid REFERENCES people_household (id),
  office_id        uuid NOT NULL REFERENCES access_office (id),
  baladiya_pcode   text REFERENCES geo_baladiya (pcode),
  -- The caseworker responsible; restricted cases are read by them, their supervisors and whom they share with.
  assigned_to      uuid REFERENCES access_user (id),
  sensitivity      text NOT NULL,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'transferred', 'closed', 'merged')),
  stage            text NOT NULL,
  opened_at        timestamptz NOT NULL,
  opened_by        text NOT NULL,
  closed_at        timestamptz,
  closure_reason   text,
  -- A case found to be a duplicate of another case stays as a row pointing to the one kept.
  merged_into      uuid REFERENCES cases_case (id),
  -- A move that needs a supervisor's approval, while its command (approvals) is pending: the stage it would reach.
  pending_approval uuid,
  pending_stage    text,
  -- Where a closed case came from, so that reopening it puts it back there.
  reopen_stage     text,
  updated_at       timestamptz NOT NULL,
  updated_by       text NOT NULL,
  -- Optimistic lock: a stale version is a 409 on the API and a visible conflict on the page.
  version          integer NOT NULL DEFAULT 0,
  FOREIGN KEY (case_type, stage) REFERENCES cases_stage (case_type, code),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL)),
  CHECK (merged_into IS DISTINCT FROM id),
  CHECK ((pending_approval IS NULL) = (pending_stage IS NULL)),
  FOREIGN KEY (case_type, pending_stage) REFERENCES cases_stage (case_type, code),
  FOREIGN KEY (case_type, reopen_stage) REFERENCES cases_stage (case_type, code)
);
CALL access_restrict_table('cases_case', 'cases.case');

-- The lists by assignee (a caseworker's, a supervisor's team) have their covering index in V35.
CREATE INDEX cases_case_person_idx ON cases_case (person_id);
CREATE INDEX cases_case_household_idx ON cases_case (household_id) WHERE household_id IS NOT NULL;
CREATE INDEX cases_case_office_idx ON cases_case (office_id, status, updated_at DESC);

-- A table of a case's parts (its history, flags, transfers, tasks, notes…) follows its case's visibility: a row is
-- seen and written only by who sees the case, so a part of a restricted case cannot leak through a forgotten filter.
-- The subquery runs under the caller's row-level security on cases_case. Run by migrations only.
CREATE PROCEDURE cases_follow_case_visibility(target regclass)
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a
                  WHERE a.attrelid = target AND a.attname = 'case_id' AND a.atttypid = 'uuid'::regtype
                    AND a.attnum > 0 AND NOT a.attisdropped) THEN
    RAISE EXCEPTION 'A part of a case needs the column case_id uuid; % lacks it', target;
  END IF;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS case_visible ON %s', target);
  EXECUTE format('CREATE POLICY case_visible ON %s USING (EXISTS (SELECT 1 FROM public.cases_case c'
                 ' WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM public.cases_case c WHERE c.id = case_id))',
                 target);
END
$$;
REVOKE ALL ON PROCEDURE cases_follow_case_visibility(regclass) FROM PUBLIC;

-- Every step of a case, kept: who did what and when (opened, moved, approval asked, closed, reopened, transferred,
-- flagged…). Append-only.
CREATE TABLE cases_case_event (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases_case (id),
  occurred_at  timestamptz NOT NULL,
  actor        text NOT NULL,
  kind         text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9.-]{1,63}$'),
  from_stage   text,
  to_stage     text,
  status       text,
  reason       text CHECK (length(reason) <= 2000),
  details      jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX cases_case_event_case_idx ON cases_case_event (case_id, occurred_at DESC);
CALL cases_follow_case_visibility('cases_case_event');
REVOKE UPDATE, DELETE ON cases_case_event FROM ${app_role};

-- A hand-over to another caseworker or office, which the receiver accepts or declines.
CREATE TABLE cases_transfer (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases_case (id),
  from_user       uuid REFERENCES access_user (id),
  from_office     uuid NOT NULL REFERENCES access_office (id),
  to_user         uuid REFERENCES access_user (id),
  to_office       uuid NOT NULL REFERENCES access_office (id),
  reason          text NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 2000),
  requested_at    timestamptz NOT NULL,
  requested_by    text NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')),
  decided_at      timestamptz,
  decided_by      text,
  decline_reason  text CHECK (length(decline_reason) <= 2000),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK (status <> 'declined' OR length(trim(decline_reason)) > 0)
);
CREATE UNIQUE INDEX cases_transfer_one_pending ON cases_transfer (case_id) WHERE status = 'pending';
CREATE INDEX cases_transfer_to_user_idx ON cases_transfer (to_user) WHERE status = 'pending';
CREATE INDEX cases_transfer_to_office_idx ON cases_transfer (to_office) WHERE status = 'pending';
CALL cases_follow_case_visibility('cases_transfer');

-- Flags every reader of the case sees ("do not contact the family"), until removed with a reason.
CREATE TABLE cases_flag (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases_case (id),
  message         text NOT NULL CHECK (length(trim(message)) > 0 AND length(message) <= 500),
  flag_date       date NOT NULL,
  flagged_at      timestamptz NOT NULL,
  flagged_by      text NOT NULL,
  removed_at      timestamptz,
  removed_by      text,
  removal_reason  text,
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE INDEX cases_flag_case_idx ON cases_flag (case_id) WHERE removed_at IS NULL;
CALL cases_follow_case_visibility('cases_flag');

-- Each type's assessment questionnaire, defined as data in versions (the shared.questionnaire mechanism the people
-- screening uses); answers keep the version they answered.
CREATE TABLE cases_assessment_version (
  id            uuid PRIMARY KEY,
  case_type     text NOT NULL REFERENCES cases_case_type (code),
  number        integer NOT NULL CHECK (number > 0),
  definition    jsonb NOT NULL,
  published_at  timestamptz NOT NULL,
  published_by  text NOT NULL,
  UNIQUE (case_type, number)
);

CREATE TABLE cases_assessment (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases_case (id),
  version_id   uuid NOT NULL REFERENCES cases_assessment_version (id),
  answers      jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  assessed_at  timestamptz NOT NULL,
  assessed_by  text NOT NULL
);
CREATE INDEX cases_assessment_case_idx ON cases_assessment (case_id, assessed_at DESC);
CALL cases_follow_case_visibility('cases_assessment');

-- The cases a merge of two persons re-pointed from the merged person to the survivor, so that undoing the merge moves
-- exactly those back (PersonUnmerged); cases opened for the survivor since stay with the survivor.
CREATE TABLE cases_merge_move (
  case_id        uuid NOT NULL REFERENCES cases_case (id),
  merged_person  uuid NOT NULL REFERENCES people_person (id),
  survivor       uuid NOT NULL REFERENCES people_person (id),
  moved_at       timestamptz NOT NULL,
  PRIMARY KEY (case_id, merged_person, survivor)
);
CALL cases_follow_case_visibility('cases_merge_move');

-- Permissions: approving a case's moves (a supervisor), and managing case types.
INSERT INTO access_permission (code) VALUES ('cases:approve'), ('cases:manage-types')
ON CONFLICT DO NOTHING;

-- A supervisor of caseworkers: reads and works cases, approves the moves their types name, and hands a restricted
-- case over to another caseworker (access:assign-restricted: a caseworker may pass on only what they keep).
INSERT INTO access_role (code, built_in) VALUES ('CASE_SUPERVISOR', true);

INSERT INTO access_role_permission (role_code, permission)
SELECT role_code, permission FROM (VALUES
  ('CASE_SUPERVISOR', 'geo:read'), ('CASE_SUPERVISOR', 'people:read'), ('CASE_SUPERVISOR', 'people:register'),
  ('CASE_SUPERVISOR', 'people:edit'), ('CASE_SUPERVISOR', 'cases:read'), ('CASE_SUPERVISOR', 'cases:write'),
  ('CASE_SUPERVISOR', 'cases:approve'), ('CASE_SUPERVISOR', 'referrals:read'), ('CASE_SUPERVISOR', 'referrals:send'),
  ('CASE_SUPERVISOR', 'protection:read-restricted'), ('CASE_SUPERVISOR', 'access:assign-restricted'),
  ('PROGRAMME_MANAGER', 'cases:approve'), ('PROGRAMME_MANAGER', 'cases:manage-types'),
  ('HEALTH_WORKER', 'cases:read'), ('HEALTH_WORKER', 'cases:write')
) AS grants (role_code, permission)
WHERE EXISTS (SELECT FROM access_role r WHERE r.code = grants.role_code)
ON CONFLICT DO NOTHING;

-- The mission's case types. Stage and type names are data, in both languages.
INSERT INTO cases_case_type (code, programme, name_en, name_ar, default_sensitivity, timeline_permission) VALUES
  ('mrrm-assistance', 'MRRM', 'MRRM assistance', 'مساعدة آلية موارد المهاجرين والاستجابة', 'NORMAL', NULL),
  ('trafficking', 'PROTECTION', 'Protection: victim of trafficking', 'حماية: ضحية الاتجار بالبشر', 'RESTRICTED',
   'protection:read-restricted'),
  ('gbv', 'PROTECTION', 'Protection: survivor of gender-based violence',
   'حماية: ناجٍ أو ناجية من العنف القائم على النوع الاجتماعي', 'RESTRICTED', 'protection:read-restricted'),
  ('child-protection', 'PROTECTION', 'Protection: unaccompanied or separated child',
   'حماية: طفل غير مصحوب بذويه أو منفصل عنهم', 'RESTRICTED', 'protection:read-restricted'),
  ('health', 'HEALTH', 'Health', 'الصحة', 'RESTRICTED', 'health:read-restricted'),
  ('mhpss', 'MHPSS', 'Mental health and psychosocial support', 'الصحة النفسية والدعم النفسي الاجتماعي', 'NORMAL', NULL),
  ('voluntary-return', 'VHR', 'Voluntary humanitarian return', 'العودة الإنسانية الطوعية', 'NORMAL', NULL);

-- Every seeded type follows the same six stages (as Primero's case workflow does).
INSERT INTO cases_stage (case_type, code, position, name_en, name_ar, closing)
SELECT t.code, s.code, s.position, s.name_en, s.name_ar, s.closing
  FROM cases_case_type t
 CROSS JOIN (VALUES
   ('new', 1, 'New', 'جديدة', false),
   ('assessment', 2, 'Assessment', 'التقييم', false),
   ('case-plan', 3, 'Case plan', 'خطة الحالة', false),
   ('services', 4, 'Services', 'الخدمات', false),
   ('services-implemented', 5, 'Services implemented', 'نُفِّذت الخدمات', false),
   ('closed', 6, 'Closed', 'مغلقة', true)
 ) AS s (code, position, name_en, name_ar, closing);

-- Forward one stage at a time, back one stage to correct; the assessment, the case plan and the closure need a
-- supervisor's approval. Closing from any stage before "services implemented" goes through closure too.
INSERT INTO cases_transition (case_type, from_stage, to_stage, needs_approval)
SELECT t.code, m.from_stage, m.to_stage, m.needs_approval
  FROM cases_case_type t
 CROSS JOIN (VALUES
   ('new', 'assessment', false),
   ('assessment', 'case-plan', true),
   ('case-plan', 'services', true),
   ('services', 'services-implemented', false),
   ('services-implemented', 'closed', true),
   ('assessment', 'new', false),
   ('case-plan', 'assessment', false),
   ('services', 'case-plan', false),
   ('services-implemented', 'services', false),
   ('new', 'closed', true),
   ('assessment', 'closed', true),
   ('case-plan', 'closed', true),
   ('services', 'closed', true)
 ) AS m (from_stage, to_stage, needs_approval);

-- Each seeded type's assessment, version 1 (the same definition-as-data mechanism as the people screening, checked
-- against src/main/resources/cases/assessment-definition.schema.json). Protection questions first ask whether the
-- place is safe and private and whether the person agrees to go on, rest on what the person chooses to tell, and
-- never press for an account of what happened: that is how trained caseworkers are taught to ask.
INSERT INTO cases_assessment_version (id, case_type, number, definition, published_at, published_by) VALUES
  ('6a5e0c2a-0000-4c1e-8f00-000000000001', 'mrrm-assistance', 1, $seed$
{"title": {"en": "MRRM assistance assessment", "ar": "تقييم مساعدة آلية موارد المهاجرين والاستجابة"}, "questions": [{"id": "household-size", "labels": {"en": "How many people live with you and depend on you?", "ar": "كم عدد الأشخاص الذين يعيشون معك ويعتمدون عليك؟"}, "type": "integer", "required": true, "min": 1, "max": 50}, {"id": "urgent-needs", "labels": {"en": "What do you need most urgently?", "ar": "ما أكثر ما تحتاج إليه بصورة عاجلة؟"}, "type": "multi_choice", "required": true, "choices": [{"id": "food", "labels": {"en": "Food", "ar": "الغذاء"}}, {"id": "shelter", "labels": {"en": "Shelter", "ar": "المأوى"}}, {"id": "health", "labels": {"en": "Health care", "ar": "الرعاية الصحية"}}, {"id": "nfi", "labels": {"en": "Blankets, hygiene and other items", "ar": "البطانيات ومستلزمات النظافة وغيرها"}}, {"id": "documents", "labels": {"en": "Documents", "ar": "الوثائق"}}]}, {"id": "income", "labels": {"en": "Do you have any regular income at the moment?", "ar": "هل لديك أي دخل منتظم في الوقت الحالي؟"}, "type": "yes_no"}, {"id": "notes", "labels": {"en": "Anything else the person wants us to know", "ar": "أي شيء آخر يريد الشخص أن نعرفه"}, "type": "text", "maxLength": 1000}]}$seed$, now(), 'system'),
  ('6a5e0c2a-0000-4c1e-8f00-000000000002', 'trafficking', 1, $seed$
{"title": {"en": "Protection assessment: victim of trafficking", "ar": "تقييم الحماية: ضحية الاتجار بالبشر"}, "questions": [{"id": "safe-to-talk", "labels": {"en": "Is this a safe and private place for you to talk now?", "ar": "هل هذا مكان آمن وخاص يمكنك الحديث فيه الآن؟"}, "type": "yes_no", "required": true}, {"id": "consent-to-proceed", "labels": {"en": "Have we explained what happens with what you tell us, and do you agree to continue?", "ar": "هل شرحنا لك ما سيحدث بما تخبرنا به، وهل توافق على المتابعة؟"}, "type": "yes_no", "required": true}, {"id": "free-to-leave", "labels": {"en": "Can you come and go as you wish where you are staying now?", "ar": "هل يمكنك الذهاب والمجيء كما تشاء من المكان الذي تقيم فيه الآن؟"}, "type": "yes_no", "required": true}, {"id": "documents-held", "labels": {"en": "Does someone else keep your passport or other documents?", "ar": "هل يحتفظ شخص آخر بجواز سفرك أو وثائقك الأخرى؟"}, "type": "yes_no"}, {"id": "owes-debt", "labels": {"en": "Are you told that you owe money for your journey or your work?", "ar": "هل يُقال لك إنك مدين بالمال مقابل رحلتك أو عملك؟"}, "type": "yes_no"}, {"id": "wanted-support", "labels": {"en": "What support would you like from us?", "ar": "ما الدعم الذي تودّ أن نقدمه لك؟"}, "type": "multi_choice", "required": true, "choices": [{"id": "safe-shelter", "labels": {"en": "A safe place to stay", "ar": "مكان آمن للإقامة"}}, {"id": "medical", "labels": {"en": "Medical care", "ar": "رعاية طبية"}}, {"id": "legal", "labels": {"en": "Legal advice", "ar": "استشارة قانونية"}}, {"id": "return", "labels": {"en": "Help to return home", "ar": "المساعدة على العودة إلى الوطن"}}, {"id": "none-now", "labels": {"en": "Nothing for now", "ar": "لا شيء في الوقت الحالي"}}]}]}$seed$, now(), 'system'),
  ('6a5e0c2a-0000-4c1e-8f00-000000000003', 'gbv', 1, $seed$
{"title": {"en": "Protection assessment: survivor of gender-based violence", "ar": "تقييم الحماية: ناجٍ أو ناجية من العنف القائم على النوع الاجتماعي"}, "questions": [{"id": "safe-to-talk", "labels": {"en": "Is this a safe and private place for you to talk now?", "ar": "هل هذا مكان آمن وخاص يمكنك الحديث فيه الآن؟"}, "type": "yes_no", "required": true}, {"id": "consent-to-proceed", "labels": {"en": "Have we explained what happens with what you tell us, and do you agree to continue?", "ar": "هل شرحنا لك ما سيحدث بما تخبرنا به، وهل توافق على المتابعة؟"}, "type": "yes_no", "required": true}, {"id": "feels-safe-now", "labels": {"en": "Do you feel safe where you are staying tonight?", "ar": "هل تشعر بالأمان في المكان الذي ستقيم فيه الليلة؟"}, "type": "yes_no", "required": true}, {"id": "needs-medical", "labels": {"en": "Would you like to see a doctor or nurse? Care within 72 hours can prevent some harm.", "ar": "هل تودّ رؤية طبيب أو ممرضة؟ الرعاية خلال ٧٢ ساعة قد تمنع بعض الضرر."}, "type": "yes_no"}, {"id": "wanted-support", "labels": {"en": "Which support would you like? You decide, and you can change your mind.", "ar": "ما الدعم الذي تودّه؟ القرار لك، ويمكنك تغييره."}, "type": "multi_choice", "required": true, "choices": [{"id": "medical", "labels": {"en": "Medical care", "ar": "رعاية طبية"}}, {"id": "psychosocial", "labels": {"en": "Someone to talk to", "ar": "شخص تتحدث إليه"}}, {"id": "safe-shelter", "labels": {"en": "A safe place to stay", "ar": "مكان آمن للإقامة"}}, {"id": "legal", "labels": {"en": "Legal advice", "ar": "استشارة قانونية"}}, {"id": "none-now", "labels": {"en": "Nothing for now", "ar": "لا شيء في الوقت الحالي"}}]}, {"id": "safe-contact", "labels": {"en": "How may we contact you safely?", "ar": "كيف يمكننا التواصل معك بأمان؟"}, "type": "single_choice", "required": true, "choices": [{"id": "this-phone", "labels": {"en": "This phone, any time", "ar": "هذا الهاتف، في أي وقت"}}, {"id": "agreed-time", "labels": {"en": "This phone, at an agreed time only", "ar": "هذا الهاتف، في وقت متفق عليه فقط"}}, {"id": "in-person", "labels": {"en": "Only in person at the office", "ar": "شخصيًا في المكتب فقط"}}, {"id": "no-contact", "labels": {"en": "Do not contact me", "ar": "لا تتواصلوا معي"}}]}]}$seed$, now(), 'system'),
  ('6a5e0c2a-0000-4c1e-8f00-000000000004', 'child-protection', 1, $seed$
{"title": {"en": "Protection assessment: unaccompanied or separated child", "ar": "تقييم الحماية: طفل غير مصحوب بذويه أو منفصل عنهم"}, "questions": [{"id": "safe-to-talk", "labels": {"en": "Is this a safe and private place for you to talk now?", "ar": "هل هذا مكان آمن وخاص يمكنك الحديث فيه الآن؟"}, "type": "yes_no", "required": true}, {"id": "age-stated", "labels": {"en": "How old are you?", "ar": "كم عمرك؟"}, "type": "integer", "required": true, "min": 0, "max": 17}, {"id": "care-arrangement", "labels": {"en": "Who looks after you now?", "ar": "من يعتني بك الآن؟"}, "type": "single_choice", "required": true, "choices": [{"id": "relative", "labels": {"en": "A relative", "ar": "أحد الأقارب"}}, {"id": "other-adult", "labels": {"en": "Another adult", "ar": "شخص بالغ آخر"}}, {"id": "other-children", "labels": {"en": "Other children", "ar": "أطفال آخرون"}}, {"id": "nobody", "labels": {"en": "Nobody", "ar": "لا أحد"}}]}, {"id": "family-contact", "labels": {"en": "Do you know how to reach your family?", "ar": "هل تعرف كيف تتواصل مع عائلتك؟"}, "type": "yes_no"}, {"id": "wants-tracing", "labels": {"en": "Would you like us to help look for your family?", "ar": "هل تريد أن نساعدك في البحث عن عائلتك؟"}, "type": "yes_no"}, {"id": "in-school", "labels": {"en": "Are you going to school?", "ar": "هل تذهب إلى المدرسة؟"}, "type": "yes_no"}]}$seed$, now(), 'system'),
  ('6a5e0c2a-0000-4c1e-8f00-000000000005', 'health', 1, $seed$
{"title": {"en": "Health assessment", "ar": "التقييم الصحي"}, "questions": [{"id": "consent-to-proceed", "labels": {"en": "Have we explained what happens with what you tell us, and do you agree to continue?", "ar": "هل شرحنا لك ما سيحدث بما تخبرنا به، وهل توافق على المتابعة؟"}, "type": "yes_no", "required": true}, {"id": "complaint", "labels": {"en": "What brings you to us today?", "ar": "ما الذي أتى بك إلينا اليوم؟"}, "type": "text", "required": true, "maxLength": 1000}, {"id": "chronic-condition", "labels": {"en": "Do you have a long-term illness that needs regular medicine?", "ar": "هل لديك مرض مزمن يحتاج إلى دواء منتظم؟"}, "type": "yes_no"}, {"id": "pregnant", "labels": {"en": "Are you pregnant (if applicable)?", "ar": "هل أنتِ حامل (إن كان ذلك ينطبق)؟"}, "type": "yes_no"}, {"id": "urgency", "labels": {"en": "How urgent is care, as assessed?", "ar": "ما مدى إلحاح الرعاية حسب التقييم؟"}, "type": "single_choice", "required": true, "choices": [{"id": "emergency", "labels": {"en": "Emergency", "ar": "طارئة"}}, {"id": "soon", "labels": {"en": "Within days", "ar": "خلال أيام"}}, {"id": "routine", "labels": {"en": "Routine", "ar": "روتينية"}}]}]}$seed$, now(), 'system'),
  ('6a5e0c2a-0000-4c1e-8f00-000000000006', 'mhpss', 1, $seed$
{"title": {"en": "Mental health and psychosocial assessment", "ar": "تقييم الصحة النفسية والدعم النفسي الاجتماعي"}, "questions": [{"id": "consent-to-proceed", "labels": {"en": "Have we explained what happens with what you tell us, and do you agree to continue?", "ar": "هل شرحنا لك ما سيحدث بما تخبرنا به، وهل توافق على المتابعة؟"}, "type": "yes_no", "required": true}, {"id": "sleep", "labels": {"en": "How have you been sleeping over the last two weeks?", "ar": "كيف كان نومك خلال الأسبوعين الماضيين؟"}, "type": "single_choice", "required": true, "choices": [{"id": "well", "labels": {"en": "Well", "ar": "جيدًا"}}, {"id": "some-trouble", "labels": {"en": "Some trouble", "ar": "بعض الصعوبة"}}, {"id": "much-trouble", "labels": {"en": "Much trouble", "ar": "صعوبة كبيرة"}}]}, {"id": "daily-activities", "labels": {"en": "Are you able to do your usual daily activities?", "ar": "هل تستطيع القيام بأنشطتك اليومية المعتادة؟"}, "type": "yes_no", "required": true}, {"id": "support-person", "labels": {"en": "Is there someone you can talk to when things are hard?", "ar": "هل هناك شخص يمكنك التحدث إليه عندما تصعب الأمور؟"}, "type": "yes_no"}, {"id": "thoughts-of-harm", "labels": {"en": "Sometimes people in hard times think of ending their life. Have you had such thoughts?", "ar": "أحيانًا يفكر الناس في الأوقات الصعبة في إنهاء حياتهم. هل راودتك أفكار كهذه؟"}, "type": "yes_no", "required": true}]}$seed$, now(), 'system'),
  ('6a5e0c2a-0000-4c1e-8f00-000000000007', 'voluntary-return', 1, $seed$
{"title": {"en": "Voluntary return assessment", "ar": "تقييم العودة الطوعية"}, "questions": [{"id": "decided-freely", "labels": {"en": "Is returning home your own decision?", "ar": "هل العودة إلى الوطن قرارك الشخصي؟"}, "type": "yes_no", "required": true}, {"id": "travel-document", "labels": {"en": "Do you have a valid passport or travel document?", "ar": "هل لديك جواز سفر أو وثيقة سفر سارية؟"}, "type": "yes_no", "required": true}, {"id": "fit-to-travel", "labels": {"en": "Are you fit to travel, as far as you know?", "ar": "هل أنت لائق صحيًا للسفر على حد علمك؟"}, "type": "yes_no", "required": true}, {"id": "reintegration-interest", "labels": {"en": "What would help you start again at home?", "ar": "ما الذي سيساعدك على البدء من جديد في وطنك؟"}, "type": "multi_choice", "choices": [{"id": "business", "labels": {"en": "Starting a small business", "ar": "بدء مشروع صغير"}}, {"id": "training", "labels": {"en": "Vocational training", "ar": "تدريب مهني"}}, {"id": "education", "labels": {"en": "Education", "ar": "التعليم"}}, {"id": "medical", "labels": {"en": "Medical follow-up", "ar": "متابعة طبية"}}]}]}$seed$, now(), 'system');
