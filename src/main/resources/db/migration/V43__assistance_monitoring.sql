-- Post-distribution monitoring (issue 14): a questionnaire defined as data (org.masar.shared.questionnaire, as people's
-- screening), surveys attached to a distribution or a cash cycle, each with a sample of its recipients drawn by the
-- server, and one interview (or "not reached" / "refused") per sampled person.

-- The PDM questionnaire's versions. A version never changes once published; a survey keeps the version it was created
-- with, so that all its answers can be added up, and each interview names the version it answered.
CREATE TABLE assistance_pdm_questionnaire (
  id            uuid PRIMARY KEY,
  number        integer NOT NULL UNIQUE CHECK (number > 0),
  definition    jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
  published_at  timestamptz NOT NULL,
  published_by  text NOT NULL
);

-- A survey of the recipients of one distribution or one cash cycle, named as assistance_service names where a service
-- came from (source + source_id). Its programme and baladiya are those of most of its recipients' services when it was
-- created: users limited to programmes or baladiya see only the surveys under theirs. The sample is drawn from the
-- recipients sorted by id and shuffled with the seed kept here: the same recipients and seed give the same sample.
CREATE TABLE assistance_pdm_survey (
  id                uuid PRIMARY KEY,
  source            text NOT NULL CHECK (source IN ('distribution', 'cash-cycle')),
  source_id         uuid NOT NULL,
  title             text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  questionnaire_id  uuid NOT NULL REFERENCES assistance_pdm_questionnaire (id),
  programme         text NOT NULL CHECK (programme ~ '^[A-Z_]{2,30}$'),
  baladiya_pcode    text,
  population        integer NOT NULL CHECK (population > 0),
  sample_size       integer NOT NULL CHECK (sample_size > 0 AND sample_size <= population),
  sample_percent    integer CHECK (sample_percent BETWEEN 1 AND 100),
  seed              bigint NOT NULL,
  created_at        timestamptz NOT NULL,
  created_by        uuid NOT NULL,
  created_by_name   text NOT NULL
);
CREATE INDEX assistance_pdm_survey_source_idx ON assistance_pdm_survey (source_id);
CREATE INDEX assistance_pdm_survey_created_idx ON assistance_pdm_survey (created_at DESC);

-- Who was drawn, in the order drawn, with their sex and age band when served (from the service), never a name.
CREATE TABLE assistance_pdm_sample (
  survey_id        uuid NOT NULL REFERENCES assistance_pdm_survey (id),
  person_id        uuid NOT NULL,
  position         integer NOT NULL CHECK (position > 0),
  person_sex       text CHECK (person_sex IN ('M', 'F')),
  person_age_band  text
    CHECK (person_age_band IN ('UNDER_5', 'FROM_5_TO_11', 'FROM_12_TO_17', 'FROM_18_TO_59', 'FROM_60')),
  PRIMARY KEY (survey_id, person_id),
  UNIQUE (survey_id, position)
);

-- One outcome per sampled person: interviewed (with answers validated against the version's answer schema), not
-- reached or refused (with the reason). PostgreSQL keeps it to one: a second is refused by the primary key.
CREATE TABLE assistance_pdm_interview (
  id                uuid NOT NULL UNIQUE,
  survey_id         uuid NOT NULL,
  person_id         uuid NOT NULL,
  outcome           text NOT NULL CHECK (outcome IN ('interviewed', 'not-reached', 'refused')),
  questionnaire_id  uuid REFERENCES assistance_pdm_questionnaire (id),
  answers           jsonb CHECK (answers IS NULL OR jsonb_typeof(answers) = 'object'),
  reason            text CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 1000),
  interviewed_on    date NOT NULL CHECK (interviewed_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
  recorded_at       timestamptz NOT NULL,
  recorded_by       uuid NOT NULL,
  recorded_by_name  text NOT NULL,
  PRIMARY KEY (survey_id, person_id),
  FOREIGN KEY (survey_id, person_id) REFERENCES assistance_pdm_sample (survey_id, person_id),
  CHECK ((outcome = 'interviewed') = (answers IS NOT NULL AND questionnaire_id IS NOT NULL)),
  CHECK ((outcome = 'interviewed') = (reason IS NULL))
);

-- Nothing of monitoring is rewritten or removed by the application: versions, surveys, samples and outcomes are kept
-- as recorded.
REVOKE UPDATE, DELETE ON assistance_pdm_questionnaire, assistance_pdm_survey, assistance_pdm_sample,
  assistance_pdm_interview FROM ${app_role};

-- The standard PDM questionnaire. "measure" tells the summary what a question measures; a satisfaction choice's
-- "score" (1-5) makes the mean, a "favourable" choice counts towards a share, a "none" choice is no problem reported.
INSERT INTO assistance_pdm_questionnaire (id, number, definition, published_at, published_by)
VALUES ('5e0d7a43-0000-4c1e-8f00-000000000001', 1, $seed$
{
  "title": {"en": "Post-distribution monitoring", "ar": "رصد ما بعد التوزيع"},
  "questions": [
    {"id": "received-full-package", "type": "yes_no", "required": true, "measure": "full-package",
     "labels": {"en": "Did you receive the full package (everything you were told you would receive)?",
                "ar": "هل استلمت الحزمة كاملة (كل ما قيل لك إنك ستستلمه)؟"}},
    {"id": "satisfaction", "type": "single_choice", "required": true, "measure": "satisfaction",
     "labels": {"en": "How satisfied are you with the assistance received?",
                "ar": "ما مدى رضاك عن المساعدة التي استلمتها؟"},
     "choices": [
       {"id": "very-dissatisfied", "score": 1, "labels": {"en": "Very dissatisfied", "ar": "غير راضٍ إطلاقاً"}},
       {"id": "dissatisfied", "score": 2, "labels": {"en": "Dissatisfied", "ar": "غير راضٍ"}},
       {"id": "neutral", "score": 3, "labels": {"en": "Neither satisfied nor dissatisfied", "ar": "محايد"}},
       {"id": "satisfied", "score": 4, "labels": {"en": "Satisfied", "ar": "راضٍ"}},
       {"id": "very-satisfied", "score": 5, "labels": {"en": "Very satisfied", "ar": "راضٍ جداً"}}
     ]},
    {"id": "usefulness", "type": "single_choice", "required": true, "measure": "useful",
     "labels": {"en": "How useful is what you received for your needs?",
                "ar": "ما مدى فائدة ما استلمته لاحتياجاتك؟"},
     "choices": [
       {"id": "very-useful", "favourable": true, "labels": {"en": "Very useful", "ar": "مفيد جداً"}},
       {"id": "somewhat-useful", "favourable": true, "labels": {"en": "Somewhat useful", "ar": "مفيد إلى حد ما"}},
       {"id": "not-useful", "labels": {"en": "Not useful", "ar": "غير مفيد"}}
     ]},
    {"id": "felt-safe", "type": "yes_no", "required": true, "measure": "safe",
     "labels": {"en": "Did you feel safe going to, at and returning from the distribution?",
                "ar": "هل شعرت بالأمان في الذهاب إلى التوزيع وأثناءه وعند العودة منه؟"}},
    {"id": "unsafe-where", "type": "multi_choice", "measure": "unsafe-where",
     "labels": {"en": "If not, where did you not feel safe?", "ar": "إن لم تشعر بالأمان، فأين؟"},
     "choices": [
       {"id": "going", "labels": {"en": "Going to the distribution", "ar": "في الطريق إلى التوزيع"}},
       {"id": "at-site", "labels": {"en": "At the distribution site", "ar": "في موقع التوزيع"}},
       {"id": "returning", "labels": {"en": "Returning home", "ar": "في طريق العودة"}}
     ]},
    {"id": "problems", "type": "multi_choice", "required": true, "measure": "problems",
     "labels": {"en": "Did you face any of these problems?", "ar": "هل واجهت أياً من هذه المشاكل؟"},
     "choices": [
       {"id": "none", "none": true, "labels": {"en": "No problem", "ar": "لا مشكلة"}},
       {"id": "asked-to-pay", "labels": {"en": "Paid or asked for money, a favour or anything in return",
                                         "ar": "دفعت أو طُلب منك مال أو خدمة أو أي مقابل"}},
       {"id": "people-excluded", "labels": {"en": "People who should have received were left out",
                                            "ar": "استُبعد أشخاص كان يجب أن يستلموا"}},
       {"id": "long-wait", "labels": {"en": "Long waiting time", "ar": "انتظار طويل"}},
       {"id": "poor-quality", "labels": {"en": "Poor quality of items or services", "ar": "جودة رديئة للمواد أو الخدمات"}},
       {"id": "wrong-quantity", "labels": {"en": "Less than announced", "ar": "أقل مما أُعلن"}},
       {"id": "disrespect", "labels": {"en": "Treated without respect", "ar": "مُعاملة دون احترام"}},
       {"id": "other", "labels": {"en": "Another problem", "ar": "مشكلة أخرى"}}
     ]},
    {"id": "knows-feedback", "type": "yes_no", "required": true, "measure": "knows-feedback",
     "labels": {"en": "Do you know how to complain or give feedback about the assistance?",
                "ar": "هل تعرف كيف تقدم شكوى أو ملاحظات عن المساعدة؟"}},
    {"id": "comment", "type": "text", "maxLength": 1000,
     "labels": {"en": "Anything else you would like to tell us?", "ar": "هل هناك أي شيء آخر تود إخبارنا به؟"}}
  ]
}
$seed$::jsonb, '2026-12-01T00:00:00Z', 'system');
