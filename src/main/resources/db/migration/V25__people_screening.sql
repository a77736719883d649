-- Vulnerability screening, defined as data: a questionnaire is a series of versions, each a jsonb definition (questions
-- with Arabic and English labels, answer types, and the flags and priority each answer sets). A programme manager
-- publishes a new version through the API, without a release; older versions stay, since answers given against them
-- are read with them. people.internal.ScreeningService checks a definition against
-- src/main/resources/people/screening-definition.schema.json before publishing it.
CREATE TABLE people_screening_version (
  id            uuid PRIMARY KEY,
  questionnaire text NOT NULL CHECK (questionnaire ~ '^[a-z][a-z0-9-]{0,63}$'),
  number        integer NOT NULL CHECK (number > 0),
  definition    jsonb NOT NULL,
  published_at  timestamptz NOT NULL,
  published_by  text NOT NULL,
  UNIQUE (questionnaire, number)
);

-- A person's answers, validated against their version's JSON Schema before they are kept, with what they computed.
-- Flags a definition marks restricted (survivors of gender-based violence, possible victims of trafficking) are kept
-- apart, so that no query can show them by mistake to a reader who lacks protection:read-restricted.
CREATE TABLE people_screening (
  id                uuid PRIMARY KEY,
  person_id         uuid NOT NULL REFERENCES people_person (id),
  version_id        uuid NOT NULL REFERENCES people_screening_version (id),
  answers           jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  flags             text[] NOT NULL DEFAULT '{}',
  restricted_flags  text[] NOT NULL DEFAULT '{}',
  priority          text NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
  screened_at       timestamptz NOT NULL,
  screened_by       text NOT NULL
);
CREATE INDEX people_screening_person_idx ON people_screening (person_id, screened_at DESC);
CREATE INDEX people_screening_priority_idx ON people_screening (priority, screened_at DESC);

-- The mission's vulnerability screening, version 1. Questions about gender-based violence rest on what the person
-- discloses of their own accord, and those about trafficking on indicators, never on pressing for an account: that is
-- how trained caseworkers are taught to ask.
INSERT INTO people_screening_version (id, questionnaire, number, definition, published_at, published_by)
VALUES ('5c2e0b1e-9d1a-4c1e-8f00-000000000001', 'vulnerability', 1, $seed$
{
  "title": {
    "en": "Vulnerability screening",
    "ar": "فحص أوجه الضعف"
  },
  "flags": [
    {
      "code": "unaccompanied-or-separated-child",
      "labels": {
        "en": "Unaccompanied or separated child",
        "ar": "طفل غير مصحوب بذويه أو منفصل عنهم"
      },
      "restricted": false
    },
    {
      "code": "gbv-survivor",
      "labels": {
        "en": "Survivor of gender-based violence, or at risk of it",
        "ar": "ناجٍ أو ناجية من العنف القائم على النوع الاجتماعي، أو معرّض لخطره"
      },
      "restricted": true
    },
    {
      "code": "possible-trafficking-victim",
      "labels": {
        "en": "Possible victim of trafficking",
        "ar": "ضحية محتملة للاتجار بالبشر"
      },
      "restricted": true
    },
    {
      "code": "serious-medical-condition",
      "labels": {
        "en": "Serious medical condition",
        "ar": "حالة صحية خطيرة"
      },
      "restricted": false
    },
    {
      "code": "disability",
      "labels": {
        "en": "Disability",
        "ar": "إعاقة"
      },
      "restricted": false
    },
    {
      "code": "older-person-at-risk",
      "labels": {
        "en": "Older person at risk",
        "ar": "مسنّ معرّض للخطر"
      },
      "restricted": false
    },
    {
      "code": "single-parent",
      "labels": {
        "en": "Single parent or caregiver",
        "ar": "أحد الوالدين أو مقدّم رعاية يعيل أطفالاً بمفرده"
      },
      "restricted": false
    },
    {
      "code": "pregnant-or-lactating",
      "labels": {
        "en": "Pregnant or breastfeeding woman",
        "ar": "امرأة حامل أو مرضع"
      },
      "restricted": false
    }
  ],
  "questions": [
    {
      "id": "under-18",
      "type": "yes_no",
      "required": true,
      "labels": {
        "en": "Is the person under 18 years old?",
        "ar": "هل عمر الشخص أقل من 18 سنة؟"
      }
    },
    {
      "id": "child-cared-for-by",
      "type": "single_choice",
      "required": false,
      "labels": {
        "en": "If under 18: who is looking after the child now?",
        "ar": "إذا كان عمره أقل من 18 سنة: من يرعى الطفل الآن؟"
      },
      "choices": [
        {
          "id": "parent-or-legal-guardian",
          "labels": {
            "en": "A parent or legal guardian",
            "ar": "أحد والديه أو وصيّه القانوني"
          }
        },
        {
          "id": "adult-relative",
          "labels": {
            "en": "Another adult relative, without either parent",
            "ar": "قريب بالغ آخر، دون أيٍّ من والديه"
          },
          "flags": [
            "unaccompanied-or-separated-child"
          ],
          "priority": "high"
        },
        {
          "id": "unrelated-adult",
          "labels": {
            "en": "An adult who is not a relative",
            "ar": "شخص بالغ لا تربطه به قرابة"
          },
          "flags": [
            "unaccompanied-or-separated-child"
          ],
          "priority": "urgent"
        },
        {
          "id": "nobody",
          "labels": {
            "en": "Nobody: the child is on their own",
            "ar": "لا أحد: الطفل بمفرده"
          },
          "flags": [
            "unaccompanied-or-separated-child"
          ],
          "priority": "urgent"
        }
      ]
    },
    {
      "id": "disclosed-gender-based-violence",
      "type": "yes_no",
      "required": false,
      "labels": {
        "en": "Has the person told you, of their own accord, that they have experienced sexual or gender-based violence, or that they fear it? Do not ask for details; offer a referral to specialised services.",
        "ar": "هل أخبرك الشخص من تلقاء نفسه بأنه تعرّض لعنف جنسي أو لعنف قائم على النوع الاجتماعي، أو بأنه يخشى التعرّض له؟ لا تسأل عن التفاصيل، واعرض إحالته إلى الخدمات المتخصصة."
      },
      "yes": {
        "flags": [
          "gbv-survivor"
        ],
        "priority": "urgent"
      }
    },
    {
      "id": "trafficking-indicators",
      "type": "multi_choice",
      "required": false,
      "labels": {
        "en": "Does any of the following apply? Tick only what the person tells you or what you see; do not press for answers.",
        "ar": "هل ينطبق على الشخص أيٌّ مما يلي؟ اختر فقط ما يخبرك به الشخص أو ما تلاحظه بنفسك، ولا تُلحّ عليه في الإجابة."
      },
      "choices": [
        {
          "id": "not-free-to-leave",
          "labels": {
            "en": "Is not free to leave their work or the place where they stay",
            "ar": "لا يستطيع أن يترك عمله أو مكان إقامته بحرية"
          },
          "flags": [
            "possible-trafficking-victim"
          ],
          "priority": "urgent"
        },
        {
          "id": "documents-held-by-others",
          "labels": {
            "en": "Someone else keeps their identity documents",
            "ar": "يحتفظ شخص آخر بوثائق هويته"
          },
          "flags": [
            "possible-trafficking-victim"
          ],
          "priority": "high"
        },
        {
          "id": "debt-worked-off",
          "labels": {
            "en": "Is made to work to pay off a debt to a smuggler, employer or someone else",
            "ar": "يُجبَر على العمل لسداد دَين لمهرّب أو صاحب عمل أو غيرهما"
          },
          "flags": [
            "possible-trafficking-victim"
          ],
          "priority": "high"
        },
        {
          "id": "deceived-about-work",
          "labels": {
            "en": "Was deceived about the work or the conditions they were promised",
            "ar": "خُدع بشأن العمل أو الظروف التي وُعد بها"
          },
          "flags": [
            "possible-trafficking-victim"
          ],
          "priority": "high"
        },
        {
          "id": "threatened",
          "labels": {
            "en": "They or their family are threatened by someone who controls them",
            "ar": "يتعرّض هو أو أسرته للتهديد من شخص يتحكّم فيه"
          },
          "flags": [
            "possible-trafficking-victim"
          ],
          "priority": "urgent"
        }
      ]
    },
    {
      "id": "serious-medical-condition",
      "type": "yes_no",
      "required": true,
      "labels": {
        "en": "Does the person have a serious or long-term illness or injury that needs treatment now (for example diabetes, a heart condition, a serious wound, or medicine they must take regularly)?",
        "ar": "هل يعاني الشخص من مرض أو إصابة خطيرة أو مزمنة تحتاج إلى علاج الآن (مثل السكري، أو مرض في القلب، أو جرح بالغ، أو دواء يجب أن يتناوله بانتظام)؟"
      },
      "yes": {
        "flags": [
          "serious-medical-condition"
        ],
        "priority": "high"
      }
    },
    {
      "id": "functional-difficulty",
      "type": "single_choice",
      "required": true,
      "labels": {
        "en": "Does the person have difficulty seeing, hearing, walking or climbing steps, remembering or concentrating, washing or dressing, or communicating, even with glasses or a hearing aid?",
        "ar": "هل يجد الشخص صعوبة في الرؤية، أو السمع، أو المشي وصعود الدرج، أو التذكّر والتركيز، أو الاغتسال وارتداء الملابس، أو التواصل مع الآخرين، حتى مع استخدام النظارة أو السماعة؟"
      },
      "choices": [
        {
          "id": "no-difficulty",
          "labels": {
            "en": "No difficulty",
            "ar": "لا صعوبة"
          }
        },
        {
          "id": "some-difficulty",
          "labels": {
            "en": "Some difficulty",
            "ar": "بعض الصعوبة"
          }
        },
        {
          "id": "a-lot-of-difficulty",
          "labels": {
            "en": "A lot of difficulty",
            "ar": "صعوبة كبيرة"
          },
          "flags": [
            "disability"
          ],
          "priority": "medium"
        },
        {
          "id": "cannot-do-at-all",
          "labels": {
            "en": "Cannot do it at all",
            "ar": "لا يستطيع ذلك إطلاقاً"
          },
          "flags": [
            "disability"
          ],
          "priority": "high"
        }
      ]
    },
    {
      "id": "aged-60-or-over",
      "type": "yes_no",
      "required": true,
      "labels": {
        "en": "Is the person 60 years old or older?",
        "ar": "هل عمر الشخص 60 سنة أو أكثر؟"
      }
    },
    {
      "id": "older-person-without-care",
      "type": "yes_no",
      "required": false,
      "labels": {
        "en": "If 60 or older: does the person live alone, or without anyone able to look after them?",
        "ar": "إذا كان عمره 60 سنة أو أكثر: هل يعيش بمفرده، أو دون أحد يستطيع رعايته؟"
      },
      "yes": {
        "flags": [
          "older-person-at-risk"
        ],
        "priority": "high"
      }
    },
    {
      "id": "caring-for-children-alone",
      "type": "yes_no",
      "required": false,
      "labels": {
        "en": "Does the person look after children under 18 alone, with no partner or other adult to share the care?",
        "ar": "هل يرعى الشخص أطفالاً دون 18 سنة بمفرده، دون شريك أو شخص بالغ آخر يشاركه رعايتهم؟"
      },
      "yes": {
        "flags": [
          "single-parent"
        ],
        "priority": "medium"
      }
    },
    {
      "id": "children-in-care",
      "type": "integer",
      "required": false,
      "min": 0,
      "max": 30,
      "labels": {
        "en": "How many children under 18 does the person look after?",
        "ar": "كم عدد الأطفال دون 18 سنة الذين يرعاهم الشخص؟"
      },
      "ranges": [
        {
          "min": 4,
          "flags": [],
          "priority": "medium"
        }
      ]
    },
    {
      "id": "pregnant-or-breastfeeding",
      "type": "single_choice",
      "required": false,
      "labels": {
        "en": "For women: is she pregnant or breastfeeding?",
        "ar": "للنساء: هل هي حامل أو مرضع؟"
      },
      "choices": [
        {
          "id": "pregnant",
          "labels": {
            "en": "Pregnant",
            "ar": "حامل"
          },
          "flags": [
            "pregnant-or-lactating"
          ],
          "priority": "medium"
        },
        {
          "id": "breastfeeding",
          "labels": {
            "en": "Breastfeeding",
            "ar": "مرضع"
          },
          "flags": [
            "pregnant-or-lactating"
          ],
          "priority": "medium"
        },
        {
          "id": "neither",
          "labels": {
            "en": "Neither",
            "ar": "ليست حاملاً ولا مرضعاً"
          }
        }
      ]
    },
    {
      "id": "expected-delivery-date",
      "type": "date",
      "required": false,
      "labels": {
        "en": "If pregnant: the expected date of delivery, if she knows it",
        "ar": "إن كانت حاملاً: موعد الولادة المتوقّع، إن كانت تعرفه"
      }
    },
    {
      "id": "follow-up-notes",
      "type": "text",
      "required": false,
      "maxLength": 500,
      "labels": {
        "en": "Notes for follow-up: what the person needs (do not write down what happened to them)",
        "ar": "ملاحظات للمتابعة: ما يحتاج إليه الشخص (لا تدوّن ما حدث له)"
      }
    }
  ]
}$seed$::jsonb, now(), 'system');
