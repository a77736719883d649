package org.masar.people.internal.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Says whether two people are likely one person, and why. Thread-safe; {@link #standard()} is meant to be shared.
 *
 * <p>{@link #profile(MatchInput)} does the text work once (ICU, the curated names, the skeletons, the keys); {@link
 * #compare(Profile, Profile)} only compares what profiles hold. The score adds evidence as log-odds points (names word
 * by word, the given name above all, birth date or age, sex, nationality, phones, documents), maps the sum to 0..1 with
 * a logistic curve, and vetoes "likely" for what tells two relatives apart: another given name, another sex, a
 * generation between their ages — unless an identity document is the same. See docs/people-duplicate-engine.md.
 */
public final class DuplicateEngine {
    /**
     * How many candidates the blocking-key query returns, most keys shared first, for {@link #compare} to score (of
     * those {@link #worthComparing}).
     */
    public static final int CANDIDATE_LIMIT = 100;

    /**
     * A stored person who shares a single key with the query is compared only when that key is held by at most this
     * many stored persons ({@link #worthComparing}).
     */
    public static final int SINGLE_KEY_BLOCK_LIMIT = 10;

    /**
     * Whether a stored person holding {@code keysShared} of the query's blocking keys, the fewest-held of which has
     * {@code fewestHolders} stored holders, is worth comparing. One key alone, held by many (a common name triple, a
     * common pair in a birth bucket), is what namesakes share: the person is one of many who fit as well, and without
     * a second key in common is almost never the one. Those are most of the comparisons of a large register and the
     * part that grows with it (at 1,000,000 synthetic persons 3.1 of 7.8 million comparisons, for 21 of 51,844 true
     * likely pairs, bench/README.md), so they are left out; two keys shared, or one selective key, are compared.
     */
    public static boolean worthComparing(int keysShared, int fewestHolders) {
        return keysShared >= 2 || fewestHolders <= SINGLE_KEY_BLOCK_LIMIT;
    }

    private static final double THRESHOLD = 0.5;

    /** Documents a person holds one of for life, under one number. */
    private static final Set<String> LIFELONG_DOCUMENTS = Set.of("national_id", "birth_certificate");

    private static final String REFUGEE_CARD = "asylum_or_refugee_card";

    /** How many characters two numbers of one document may differ by and still be one number mistyped. */
    private static final int DOCUMENT_SLIPS = 3;

    /** What each word of one name that matches no word of the other costs. */
    private static final double MISMATCHED_WORD = 1.8;

    private static final double MIDPOINT = 6.5;
    private static final double SCALE = 2.0;
    private static final double VETOED_MAX = 0.45;

    static final Set<String> COMMON = Set.copyOf(NameDictionary.COMMON_GROUPS);
    private static final Set<String> SOUTH_ASIAN = Set.of("BGD", "PAK", "IND", "NPL", "LKA", "AFG");

    private static final Set<String> SOMALI = Set.of("SOM", "DJI");

    /** Whether a nationality's names may be written in Somali orthography (Maxamed Cali, {@link Names#somaliLatin}). */
    static boolean somali(@Nullable String nationality) {
        return nationality != null && SOMALI.contains(nationality);
    }

    /** Whether a nationality's names are Bengali ones, written two ways ({@link Token#bengaliReading}). */
    static boolean bengali(@Nullable String nationality) {
        return "BGD".equals(nationality);
    }

    /** Whether a nationality's names are South Asian ones (Md. Rafiqul, Rahim Uddin). */
    static boolean southAsian(@Nullable String nationality) {
        return nationality != null && SOUTH_ASIAN.contains(nationality);
    }

    /**
     * Whether the word at this place of a profile's names is the Md. (Mohammad) that most South Asian men carry before
     * their given name, which tells nobody apart: left out of the comparison and of the keys alike. It is so before
     * another word of the given name (Md. Rafiqul), and alone in the given name when the father's name follows: the
     * clerk spread Md Rafiqul Islam over the form's fields, and Rafiqul is then the given name
     * ({@link #givenAfterSouthAsianPrefix}).
     */
    static boolean isSouthAsianPrefix(Profile p, int part, int index) {
        List<Token> words = p.parts.get(part);
        return part == 0
                && index == 0
                && (words.size() > 1 || givenAfterSouthAsianPrefix(p))
                && "mohamed".equals(words.get(0).group())
                && southAsian(p.nationality);
    }

    /** Whether the given name is a South Asian Md. alone and the father's name holds the given name after it. */
    static boolean givenAfterSouthAsianPrefix(Profile p) {
        return p.parts.get(0).size() == 1
                && !p.parts.get(1).isEmpty()
                && "mohamed".equals(p.parts.get(0).get(0).group())
                && southAsian(p.nationality);
    }

    private static final Set<String> COMMON_COARSE =
            COMMON.stream().map(NameDictionary::coarse).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final DuplicateEngine STANDARD = new DuplicateEngine(Clock.systemUTC());

    private final Clock clock;

    DuplicateEngine(Clock clock) {
        this.clock = clock;
    }

    /** The shared engine. */
    public static DuplicateEngine standard() {
        return STANDARD;
    }

    /** An engine that tells ages as of the given clock (tests). */
    public static DuplicateEngine withClock(Clock clock) {
        return new DuplicateEngine(clock);
    }

    /** Derives everything once; the expensive part (ICU) happens here. */
    public Profile profile(MatchInput input) {
        return Profile.of(input);
    }

    /** The score at and above which {@link Comparison#likely()} is true. */
    public double likelyThreshold() {
        return THRESHOLD;
    }

    /** Compares two profiles when nothing is known of how many others bear the same names. */
    public Comparison compare(Profile q, Profile c) {
        return compare(q, c, 0, 0);
    }

    /**
     * Whether the persons holding a blocking key are namesakes of each other (a key of name words), as opposed to
     * holders of one phone or document number.
     */
    public static boolean isNameKey(String key) {
        return key.startsWith("n");
    }

    /**
     * Compares two profiles; cheap: no text normalisation happens here. {@code namesakes} is how many stored persons
     * hold the most selective name key ({@link #isNameKey}) the two profiles share, the candidate included (0 when
     * unknown): names many people bear say less about identity than rare ones. {@code bearers} is how many hold the
     * least selective name key they share, the candidate included (0 when unknown): where that is a key without a
     * birth bucket, everyone bearing the names at any age.
     */
    public Comparison compare(Profile q, Profile c, int namesakes, int bearers) {
        return compare(q, c, namesakes, bearers, WordBearers.UNKNOWN);
    }

    /**
     * {@link #compare(Profile, Profile, int, int)}, knowing too how many stored persons of the query's sex and
     * nationality bear each of its name words ({@code words}): names whose words few bear, in a register that has met
     * many of the query's kind, are rarely borne together by another ({@link #rareNames}).
     */
    public Comparison compare(Profile q, Profile c, int namesakes, int bearers, WordBearers words) {
        List<Reason> pro = new ArrayList<>(6);
        List<Reason> con = new ArrayList<>(4);
        double llr = 0;
        boolean veto = false;

        // Documents: the same identity document is the strongest evidence there is.
        boolean strongDoc = false;
        boolean weakDoc = false;
        String docType = "";
        String differentDoc = null;
        String swappedDoc = null;
        boolean lifelongDocsApart = false;
        boolean docsApart = false;
        // a UNHCR case number alone, of all the documents shared: a household's, borne by each member registered in it
        boolean householdCaseOnly = true;
        for (Profile.Document dq : q.documents) {
            for (Profile.Document dc : c.documents) {
                boolean same = dq.number().equals(dc.number())
                        || (dq.core().length() >= 6
                                && dq.core().equals(dc.core())
                                && !DocumentNumbers.officesDiffer(dq.number(), dc.number()));
                if (same) {
                    if (dq.type().equals("other") && dc.type().equals("other")) {
                        weakDoc = true;
                    } else {
                        strongDoc = true;
                        householdCaseOnly &=
                                (dq.type().equals(REFUGEE_CARD) || dc.type().equals(REFUGEE_CARD))
                                        && DocumentNumbers.householdCase(dq.core());
                    }
                    docType = dq.type().equals("other") ? dc.type() : dq.type();
                } else if (dq.type().equals(dc.type()) && DocumentNumbers.swappedOnce(dq.core(), dc.core())) {
                    swappedDoc = dq.type();
                } else if (dq.type().equals(dc.type()) && DocumentNumbers.copiedShort(dq.core(), dc.core())) {
                    continue; // one number copied short, or two: it says nothing either way
                } else if (dq.type().equals(dc.type())
                        && !dq.type().equals("other")
                        && dq.country() != null
                        && (dq.country().equals(dc.country()) || ownCountries(q, dq, c, dc))) {
                    differentDoc = dq.type();
                    // a national number or a birth certificate is one for life, where a passport is renewed under a
                    // new number: two of them, far more than a slip apart, are two people's
                    boolean apart = Skeletons.levenshtein(dq.core(), dc.core()) >= DOCUMENT_SLIPS;
                    lifelongDocsApart |= LIFELONG_DOCUMENTS.contains(dq.type()) && apart;
                    docsApart |= apart;
                }
            }
        }
        if (strongDoc) {
            llr += 9;
            pro.add(new Reason("same-document", List.of(docType)));
        } else if (weakDoc) {
            llr += 3;
            pro.add(new Reason("same-document", List.of(docType)));
        } else if (swappedDoc != null) {
            // one number with two neighbours swapped: telling, as one number is, but a slip of the eye from a
            // relative's number cannot be ruled out as a copy's can
            llr += 4;
            weakDoc = true;
            pro.add(new Reason("document-number-swapped", List.of(swappedDoc)));
        } else if (differentDoc != null) {
            llr -= lifelongDocsApart ? 4 : 2;
            // one person holds one national number for life: two, more than a slip apart, are two people's, whatever
            // else agrees (Aminu Sani Lawal, born on one day, each with his own); and so are two passports of one
            // country, as cousins named after one grandfather hold (Idriss Youssouf Itno, A0233187 and A0233502): in
            // the written sets every pair of one person whose numbers of one kind differed differed by a slip
            veto |= docsApart;
            con.add(new Reason("different-document", List.of(differentDoc)));
        }

        // Phones: families share them, so they help but never decide.
        boolean phone = false;
        for (String p : q.phones) {
            if (c.phones.contains(p)) {
                phone = true;
                break;
            }
        }
        if (phone) {
            llr += 2;
            pro.add(new Reason("same-phone", List.of()));
        } else if (!q.phones.isEmpty() && !c.phones.isEmpty()) {
            llr -= 0.5; // people change numbers, so only a little against
        }

        if (q.sex != c.sex) {
            llr -= 12;
            veto = true;
            con.add(new Reason("different-sex", List.of()));
        }

        // Names.
        boolean vetoedBeforeNames = veto;
        NameMatch names = NameMatch.of(q, c);
        llr += names.points;
        if (names.givenVeto) {
            veto = true;
            con.add(new Reason("given-name-differs", List.of(givenAsTyped(q), givenAsTyped(c))));
        }
        if (names.matched > 0) {
            pro.add(new Reason(
                    "name-words-match", List.of(Integer.toString(names.matched), Integer.toString(names.total))));
        }
        if (names.swapped) {
            pro.add(new Reason("name-order-differs", List.of()));
        }
        if (names.matched > 0 && (q.scripts & c.scripts) == 0) {
            pro.add(new Reason("other-script", List.of()));
        }
        if (names.mismatched > 0) {
            con.add(new Reason("name-words-differ", List.of(Integer.toString(names.mismatched))));
        }

        // Birth.
        int reasonsBefore = pro.size();
        llr += birth(q, c, pro, con);
        boolean dateEvidence = false;
        for (int i = reasonsBefore; i < pro.size(); i++) {
            String code = pro.get(i).code();
            // one 1 January shared by names that are all very common (محمد أحمد علي, 1990-01-01) is a year, no more:
            // one record in eight carries a placeholder, and such names are borne by many of every year
            boolean commonPlaceholder = code.equals("same-date-of-birth")
                    && placeholderDates(q, c)
                    && names.matched > 0
                    && names.commonMatched == names.matched;
            dateEvidence |= !code.equals("age-consistent") && !commonPlaceholder;
        }
        // Two precise dates of birth a year or more apart and given names that, written in one script, are not one
        // name: a brother and a sister, or siblings on one phone (Sajid and Sajjad; نادية and ناجية), not one person
        // written twice with two slips at once. So too two ages estimated on one day two years or more apart (Merhawi
        // and Mehari): a household is registered member by member on one day, and one person seen twice is seldom
        // seen twice that day.
        // And two precise dates two years or more apart are two people whatever the names (brothers Islam and Eslam,
        // as Egyptians write the one name two ways; cousins named after one grandfather, ملاك and Malak born 2013 and
        // 2015), unless one document is the same: neither is a guess, and a year typed wrong is one year off.
        boolean datesDiffer = con.stream().anyMatch(r -> r.code().equals("date-of-birth-differs"));
        boolean estimatedOnOneDay =
                q.hasEstimate() && c.hasEstimate() && q.estimatedOnEpochDay == c.estimatedOnEpochDay;
        if ((q.scripts & c.scripts) != 0
                && !sameGivenName(q, c)
                && (datesDiffer && ageGap(q, c) >= 1 || estimatedOnOneDay && ageGap(q, c) >= 2)) {
            veto = true;
        }
        if (datesDiffer && ageGap(q, c) >= 2) {
            veto = true;
        }
        // And two ages estimated on one day four years or more apart are two people whatever the names (an uncle of
        // 17 and the nephew of 11 named after him, registered with their family): no one seen twice in a day is
        // guessed that far apart.
        if (estimatedOnOneDay && ageGap(q, c) >= 4 && !strongDoc) {
            veto = true;
        }
        // And two precise dates two years or more apart, given names one name of the table but spelt two ways in one
        // script (sisters Asha and Aisha, Fatma and Fatima, on the family's phone): one person's slip in the name and
        // a date years off at once is rarer than two sisters given one name's two forms.
        if (datesDiffer && ageGap(q, c) >= 2 && (q.scripts & c.scripts) != 0 && !sameGivenText(q, c)) {
            veto = true;
        }
        boolean hardEvidence = dateEvidence || phone || strongDoc || weakDoc;
        boolean closeAge = q.birthYear() != null && c.birthYear() != null && ageGap(q, c) <= 1.0;
        // A typing slip in the given name (رشا, رسا), every other word the same: the given name's veto keeps brothers
        // and sisters apart, but they are not born on one day (twins aside, whose names are two names, not a slip
        // apart), nor of one age on one phone.
        boolean preciseDate = false;
        boolean sameDay = false; // the very same date of birth, not a placeholder
        for (int i = reasonsBefore; i < pro.size(); i++) {
            String code = pro.get(i).code();
            sameDay |= code.equals("same-date-of-birth") && !placeholderDates(q, c);
            preciseDate |= sameDay || code.equals("day-month-swapped") || code.equals("birth-year-one-apart");
        }
        // A grandfather's name on one record and a family name on the other, neither giving the other's field, are two
        // parts of one name each written once (فتحي | عمر | سعد, Fathi | Omar | | Tawerghi), as clerks leave out one or
        // the other; with a phone, a document or a day of birth in common they are no disagreement. Without, they are
        // counted as one: two namesakes of a given and a father's name are as likely. Forgiven whatever the evidence,
        // they gave 200 false answers more at a million and no pair; forgiven so, 33 more, and 10 pairs on the sets.
        if ((phone || strongDoc || weakDoc || preciseDate) && names.inFieldsApart > 0) {
            llr += MISMATCHED_WORD * names.inFieldsApart;
            names.mismatched -= names.inFieldsApart;
            con.removeIf(r -> r.code().equals("name-words-differ"));
            if (names.mismatched > 0) {
                con.add(new Reason("name-words-differ", List.of(Integer.toString(names.mismatched))));
            }
        }
        // Two fathers, each a name of the table and not one name (Ishag Adam Ishag Haroun, Ishag Musa Ishag Haroun):
        // cousins named after their grandfather, as Arab and Sudanese families often name a first son. Not where one
        // document or the very same birth date tells one person whose father's name a clerk mistyped (حمد, احمد).
        if (names.fathersTwoNames && !strongDoc && !sameDay) {
            veto = true;
        }
        // So too a given name cut short as people call each other (Yordi, Yordanos; Osas, Osasumwen), every other word
        // of the shorter name matched: what a counsellor writes down when told "call me Yordi". Brothers and sisters on
        // one phone seldom bear names one the start of the other.
        boolean slip = names.givenSlip && names.matched >= 2;
        boolean cutShort = !slip && names.givenCutShort && names.matched >= 1;
        // Born on the very same day and on one phone, one person's given name typed with a slip or two (Ieanyi and
        // Ifeanyi Okafor; Ivie Ekhator and Ivy Ekator): twins share the day and the phone, but are not given names so
        // alike.
        boolean sameDaySlip = !slip
                && !cutShort
                && (names.givenSlip || names.givenNearSlip)
                && names.matched >= 1
                && sameDay
                && phone;
        boolean sameBaladiya = q.baladiya != null && q.baladiya.equals(c.baladiya);
        // A name cut short is also the one it was cut from where the two are the only bearers of the names in one
        // baladiya, of one nationality and one age (Osas and Osasere Igbinedion in Misrata, about 24 and born in 2000):
        // a sister called by a short form of her own name would be another bearer of it.
        boolean unrivalledCutShort = false;
        boolean onlyBearersCutShort = cutShort
                && namesakes <= 1
                && bearers <= 1
                && sameBaladiya
                && closeAge
                && q.nationality != null
                && q.nationality.equals(c.nationality);
        if ((slip || cutShort || sameDaySlip)
                && names.mismatched <= 1
                && !names.fatherDiffers
                && (preciseDate
                        || onlyBearersCutShort
                        || (phone && (closeAge || guessedWithin(q, c, GUESSED_AGE_GAP))))) {
            names.givenVeto = false;
            llr += 5 + 1.0;
            pro.add(new Reason("given-name-close", List.of(givenAsTyped(q), givenAsTyped(c))));
            if (onlyBearersCutShort && !preciseDate && !phone) {
                // the points of names no one else bears, given here: below, such names must count two words
                // matched, and a given name cut short is not counted among them
                unrivalledCutShort = true;
                llr += UNRIVALLED_NAMES;
                pro.add(new Reason("names-borne-by-no-other", List.of()));
            }
            con.removeIf(r -> r.code().equals("given-name-differs"));
            if (cutShort) {
                // the two given names, counted among the words that differ, are one name
                names.mismatched--;
                llr += MISMATCHED_WORD;
                con.removeIf(r -> r.code().equals("name-words-differ"));
            }
            veto = q.sex != c.sex;
        }
        // The given and the father's name typed in each other's field (Ali | Mohamed, Mohamed | Ali), every word
        // matched, and born on the very same day (not a 1 January) or holding one document: a clerk's swap. Born on
        // other days, or of rough ages, they are cousins named after each other's fathers, or a father and his son.
        // So too a name written family name first, every word a field on: a list's order, when born on the same day or
        // holding one document, or on one phone at one age (ALABBAR | SALAH ELDIN | MOHAMED on a partner's sheet): no
        // relative's given name is the family's name.
        if ((names.givenFatherSwapped || names.familyFirst)
                && names.mismatched == 0
                && (sameDay || strongDoc || names.familyFirst && phone && closeAge)) {
            names.givenVeto = false;
            llr += 5;
            pro.add(new Reason("name-order-differs", List.of()));
            con.removeIf(r -> r.code().equals("given-name-differs"));
            veto = q.sex != c.sex;
        }
        // A woman's second name that is no father's: given as her name on one record (Jennifer | Osaretin), it is the
        // second field of the other (Osayuki | Jennifer | Osaretin). Nigerian and Cameroonian women go by an English
        // middle name in a safe house or a clinic (Jennifer, Mary, Sandra, Mirabel). No woman's given name is another
        // woman's father's name, as it would be under Arabic naming, so the words say one woman; a phone at one age,
        // or a day of birth, says it is her and not a namesake.
        if (names.givenIsTheOthersSecond
                && q.sex == 'F'
                && c.sex == 'F'
                && names.mismatched == 0
                && names.matched >= 2
                && (preciseDate || (phone && (closeAge || guessedWithin(q, c, GUESSED_AGE_GAP))))) {
            names.givenVeto = false;
            llr += 5;
            pro.add(new Reason("name-order-differs", List.of()));
            con.removeIf(r -> r.code().equals("given-name-differs"));
            veto = vetoedBeforeNames;
        }
        // A title typed into the given field, the names a field on (Alhaji | Musa | Danladi against Musa | Danladi;
        // Hajja | Falmata | Bukar against Falmata | Bukar): the title is how the pilgrim is greeted, not a name a
        // relative bears instead; every other word matched, of one age.
        if (names.titleForGiven
                && names.mismatched == 0
                && names.matched >= 2
                && (closeAge || guessedWithin(q, c, GUESSED_AGE_GAP))) {
            names.givenVeto = false;
            llr += 5;
            pro.add(new Reason("name-order-differs", List.of()));
            con.removeIf(r -> r.code().equals("given-name-differs"));
            veto = vetoedBeforeNames;
        }
        // A woman registered once under her father's family name and once under her husband's (Lama Ahmad Al-Halabi,
        // Lama Ahmad Haj Hussein; سالمة عبد الله العبيدي, سالمة عبد الله البرعصي): given and father's names matched in
        // their fields, only the family's words differ, on one phone, of one age. Sisters share the father but not the
        // given name; a brother's wife shares the phone and the family name, not the father's.
        if (q.sex == 'F'
                && c.sex == 'F'
                && phone
                && names.onlyFamilyDiffers
                && !names.givenVeto
                && (closeAge || guessedWithin(q, c, GUESSED_AGE_GAP))) {
            llr += names.familyCost;
            con.removeIf(r -> r.code().equals("name-words-differ"));
            pro.add(new Reason("family-name-by-marriage", List.of()));
        }
        // A family shares a phone, but not a given name: a phone and every name word the same, the given name written
        // as one name, say more together than each alone (Adam Issa on one phone, with no age given).
        if (phone && names.mismatched == 0 && names.matched >= 2 && sameGivenName(q, c)) {
            llr += PHONE_AND_GIVEN_NAME;
        }
        // Only a given name on one side (Adam, a phone and an age, as met at a disembarkation point), the very same
        // given name, phone and age on the other (a guess within GUESSED_AGE_GAP of a date of birth: "24" in February
        // for a man born in August 2000): a family's phone is its members', and none of them but the person bears
        // that given name at that age. With no age to compare, a little less: only a parent and a child named after
        // them share a phone and a given name, and few are.
        if (phone && names.matched == 1 && q.sex == c.sex && onlyAGivenName(q, c) && sameGivenName(q, c)) {
            if (closeAge || guessedWithin(q, c, GUESSED_AGE_GAP)) {
                llr += GIVEN_NAME_ALONE_ON_ITS_PHONE;
            } else if ((q.birthYear() == null || c.birthYear() == null)
                    && differentDoc == null
                    && (q.nationality == null || c.nationality == null || q.nationality.equals(c.nationality))) {
                llr += GIVEN_NAME_ALONE_ON_ITS_PHONE_AGE_UNTOLD;
            }
        }
        // Sex entered wrong: every name word the same, the given name written as one name (not Salem and Salma, twins
        // whose names differ by the feminine ending only), and one precise date of birth (not a 1 January) or one
        // identity document. Brothers and sisters never share a given name, and namesakes of the other sex seldom
        // share a day of birth as well; the difference still counts against them.
        if (q.sex != c.sex
                && !names.givenVeto
                && names.mismatched == 0
                && names.matched >= 3
                && (sameDay || strongDoc)
                && sameGivenName(q, c)) {
            llr += 12 - SEX_SLIP;
            veto = false;
        }
        // Place: a person registered twice is often registered where they stay, and namesakes seldom stay in one
        // baladiya; but people move (outreach in Sabha, rescued at sea, treated in Tripoli), so a different one says
        // little.
        if (q.baladiya != null && c.baladiya != null) {
            if (sameBaladiya) {
                llr += 1.2;
                pro.add(new Reason("same-baladiya", List.of()));
            } else {
                // people move and keep their phone: with one shared, another baladiya is no sign of a namesake
                llr -= phone ? 0 : 0.6;
                con.add(new Reason("different-baladiya", List.of()));
            }
        }

        // Names no other stored person bears, in the same baladiya: there, names and an age do tell a person. Where
        // every word is a very common name (of one's very skeleton, not merely its coarse code: Hodan has Hassan's),
        // one other bearer in the birth bucket is a matter of luck, so no other under any name key the two share
        // either: a register where no one else is named Mohamed Osman is not yet one of many namesakes; at a
        // million, such names have hundreds of bearers.
        boolean onlyBearer =
                namesakes == 1 && sameBaladiya && (names.namedCommonMatched < names.matched || bearers == 1);
        boolean rare = namesakes <= 1 && bearers <= 1 && rareNames(names, words);
        // an age guessed through a door is a year or two off as often as not: where the names are rare, four and a
        // half years; and an age no one asked on one side is no bar to three names or more the register shows rare,
        // in their own order (at a million, 29 known pairs more for one false answer; of two words, it cost 113)
        boolean closeEnough = closeAge
                || rare && guessedWithin(q, c, RARE_NAMES_AGE_GAP)
                || rare && names.matched >= 3 && !names.swapped && (q.birthYear() == null || c.birthYear() == null);
        boolean namesAndAgeOnly = !hardEvidence
                && (names.matched <= 2
                        || (names.matched == 3 && names.namedCommonMatched >= 2 && !closeAge)
                        || (names.swapped && names.matched < 4)
                        || (names.matched == 3 && (q.birthYear() == null || c.birthYear() == null)));
        if (unrivalledCutShort) {
            // the only bearers of the names, a given name cut short: counted above
        } else if (namesAndAgeOnly && !onlyBearer) {
            if (unrivalled(q, c, names, namesakes, bearers, closeEnough, differentDoc != null, rare, rare)) {
                llr += UNRIVALLED_NAMES + (rare ? RARE_NAMES_POINTS : 0);
                pro.add(new Reason("names-borne-by-no-other", List.of()));
            } else {
                // names and a plausible age alone: two words, or three of which two are very common names ("Fatime
                // Mahamat Yacoub, about 35") unless the ages agree within a year, fit many people among a million
                veto = true;
            }
        } else if (!hardEvidence
                // three words or more and an age, not vetoed, weigh little when all are very common names (Hawa
                // Mahamat Issa); in two baladiyas, the 0.6 that costs leaves them short, unless no one else stored
                // bears them, under any name key the two share: in a register of many such names, someone does
                && !sameBaladiya
                && names.matched >= 3
                && namesakes == 1
                && bearers == 1
                && unrivalled(q, c, names, namesakes, bearers, closeEnough, differentDoc != null, true, rare)) {
            llr += UNRIVALLED_NAMES + (rare ? RARE_NAMES_POINTS : 0);
            pro.add(new Reason("names-borne-by-no-other", List.of()));
        } else if (namesAndAgeOnly && onlyBearer && bearers == 1 && closeAge && !rare) {
            // the only bearer of the names at any age in the same baladiya, of one age: a little more than the place
            // and the age each say alone (Fatouma Mahamat, about 19, and Fatime Mahamat Adoum, about 20, in Kufra)
            llr += ONLY_BEARER_POINTS;
            pro.add(new Reason("names-borne-by-no-other", List.of()));
        } else if ((namesAndAgeOnly || dateEvidence && !phone && !strongDoc && !weakDoc)
                && rare
                && unrivalled(q, c, names, namesakes, bearers, closeEnough, differentDoc != null, true, rare)) {
            // the only bearer in the same baladiya, or one of a birth date that tells more than an age, of names the
            // register shows to be rare: more telling still
            llr += RARE_NAMES_POINTS;
            pro.add(new Reason("names-borne-by-no-other", List.of()));
        }
        if (ageGap(q, c) > 12) {
            veto = true;
        }
        boolean placeholderDate = placeholderDates(q, c);
        llr -= namesakePenalty(namesakes, strongDoc, phone, placeholderDate, pro.subList(reasonsBefore, pro.size()));

        // Nationality.
        if (q.nationality != null && c.nationality != null) {
            if (q.nationality.equals(c.nationality)) {
                llr += 0.4;
                pro.add(new Reason("same-nationality", List.of(q.nationality)));
            } else {
                llr -= 1.5;
                con.add(new Reason("different-nationality", List.of(q.nationality, c.nationality)));
                // One 1 January on both sides is a year, shared by every namesake born in it whose papers give no
                // day; of two nationalities, and nothing else in common but the names, they are two such namesakes
                // (Mohamed Diallo of Guinea and of Senegal, both "1996-01-01").
                if (placeholderDate && q.dobEpochDay == c.dobEpochDay && !phone && !strongDoc && !weakDoc) {
                    veto = true;
                }
            }
        }

        double score = 1 / (1 + Math.exp(-(llr - MIDPOINT) / SCALE));
        // One document is the strongest evidence there is, and lifts a veto; but not a UNHCR case number: brothers and
        // sisters, twins among them, registered in one case bear it all (in the 114th set written blind, 21 pairs of
        // two people, 7 of them likely; in the other fifty, 284 pairs of one person and none of two)
        if (veto && !(strongDoc && !householdCaseOnly)) {
            score = Math.min(score, VETOED_MAX);
        }
        score = Math.round(score * 1000) / 1000.0;
        pro.addAll(con);
        return new Comparison(score, score >= THRESHOLD, pro);
    }

    /**
     * Points per natural log of the namesakes expected to fit as well. Two would be the whole Bayesian correction (a
     * point is half a nat on the score's scale); 1.5 leaves room for what the names do not show (at 1,000,000
     * synthetic persons, before the shares below followed base rates: recall 0.918 / precision 0.897 at 1.0, 0.909 / 0.917
     * at 1.5, 0.902 / 0.928 at 2).
     */
    static final double NAMESAKE_WEIGHT = 1.5;

    /** What a shared phone adds when the given name and every other name word are the same too. */
    private static final double PHONE_AND_GIVEN_NAME = 0.5;

    /** What a shared phone and a close age add to a given name that is all one side holds of the names. */
    private static final double GIVEN_NAME_ALONE_ON_ITS_PHONE = 1.0;

    /**
     * What a shared phone adds to a given name that is all one side holds of the names, when one side gives no age:
     * enough to be likely, for a supervisor to confirm, and less than a close age adds with its own points.
     */
    private static final double GIVEN_NAME_ALONE_ON_ITS_PHONE_AGE_UNTOLD = 1.7;

    /** Whether one of the two holds a given name of one word and no other name. */
    private static boolean onlyAGivenName(Profile q, Profile c) {
        return onlyAGivenName(q) || onlyAGivenName(c);
    }

    private static boolean onlyAGivenName(Profile p) {
        return p.parts.get(0).size() == 1
                && p.parts.get(1).isEmpty()
                && p.parts.get(2).isEmpty()
                && p.parts.get(3).isEmpty();
    }

    /** What another sex still costs a pair whose names, given name included, and birth date or document agree. */
    private static final double SEX_SLIP = 2;

    /**
     * What names no other stored person bears add to names and an age alone ({@link #unrivalled}), in place of the
     * veto those would meet: a little, as the names of one person are not those of many; enough to make two words of
     * one nationality and ages a year apart likely, in two baladiyas too (at a million synthetic persons, 1.0 against
     * 0.5 found 4 known pairs more for 333 false answers more, precision 0.9118 → 0.9066; on seventeen sets of
     * hand-written pairs, 27 pairs of one person more of 3,304, the seventeenth's 0.908 → 0.964, and no pair of two
     * people more).
     */
    private static final double UNRIVALLED_NAMES = 1.0;

    /**
     * Whether names and an age alone, which among a million fit many people, here tell one person: no other stored
     * person bears the names, in the birth bucket ({@code namesakes}) or at any age ({@code bearers}), 0 for unknown;
     * not all of the matched words are very common names, whose rarity in a small register proves nothing, unless
     * {@code commonToo} (the register shows them rare, {@link #rareNames}; or three words or more); no word that
     * differs and the given names alike; one nationality; {@code closeAge}, ages within a year (two, where one
     * is estimated and the names are rare); and nothing that tells two lives apart: each their own phone (of one
     * country, where the names are {@code rare}: {@link #ownPhones}; a shared one is no names and age alone), another
     * document of one kind and country. In the same baladiya the candidate alone holding the names is enough
     * ({@code onlyBearer}); this is for the records with no baladiya on one side, as outreach and disembarkation
     * records often are, and for those of two baladiyas: the man met by outreach in Sabha, rescued at sea and treated
     * in Tripoli is one person, and another baladiya still costs what it costs any pair.
     */
    private static boolean unrivalled(
            Profile q,
            Profile c,
            NameMatch names,
            int namesakes,
            int bearers,
            boolean closeAge,
            boolean differentDocument,
            boolean commonToo,
            boolean rare) {
        return namesakes <= 1
                && bearers <= 1
                && names.matched >= 2
                && names.mismatched == 0
                && !names.givenVeto
                && (commonToo || names.commonMatched < names.matched)
                && closeAge
                && q.nationality != null
                && q.nationality.equals(c.nationality)
                && (rare ? !ownPhones(q, c) : q.phones.isEmpty() || c.phones.isEmpty())
                && !differentDocument;
    }

    /**
     * How far apart two ages on one phone may be, where one is a guess, for a given name slipped or cut short: "22" in
     * January is anyone born in the year before it, so against a date of birth a year is too tight (Osas, about 22 in
     * 2024, is Osasumwen born in August 2002). Brothers and sisters on one phone are seldom that close unless twins,
     * whose names differ.
     */
    private static final double GUESSED_AGE_GAP = 1.5;

    /**
     * Two precise dates of birth at most this many days apart are close whatever their months: 29 February typed as
     * 1 March, the 31st as the next month's 1st.
     */
    private static final int DAYS_APART = 2;

    /** Whether one age at least is a guess and the two are within {@code years}. */
    private boolean guessedWithin(Profile q, Profile c, double years) {
        return (q.hasEstimate() || c.hasEstimate())
                && q.birthYear() != null
                && c.birthYear() != null
                && ageGap(q, c) <= years;
    }

    /** Libya's calling code: the lines a migrant buys and changes in Libya ({@link #ownPhones}). */
    private static final int LIBYA_CALLING_CODE = Integer.parseInt(PhoneNumbers.DEFAULT_COUNTRY_CODE);

    /**
     * Whether each has a line of their own in one country: two lines of one country, where most people keep one, tell
     * two lives apart where names and an age are all there is ({@link #unrivalled}). Where the register shows the names
     * rare, a Libyan line against one of the person's own country does not: a migrant gives the Libyan number at a
     * detention centre and the home one on an embassy's form, and keeps both. On twelve sets of hand-written pairs,
     * reading it so found 17 pairs of one person more and no pair of two people. Nor do two Libyan lines: a migrant
     * buys a new SIM as often as he moves or is held, where the number his family at home calls stays his (on
     * thirty-two sets, 20 pairs of one person more of 6,246, and 3 of two people more of 2,402; at a million synthetic
     * persons, whose lines never change, 2 to 28 false answers more, by what else counts; bench/README.md, "Ages
     * guessed years apart (stop 53)"). Not for names the register does not show rare: the generator's persons never
     * change lines, and there it let 189 pairs of namesakes more through (bench/README.md, "Small cohorts and names cut
     * short").
     */
    private static boolean ownPhones(Profile q, Profile c) {
        for (String a : q.phones) {
            int country = PhoneNumbers.callingCode(a);
            if (country == LIBYA_CALLING_CODE) {
                continue;
            }
            for (String b : c.phones) {
                if (country == PhoneNumbers.callingCode(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many of the query's cohort (sex and nationality) may be expected, at most, to bear the words two names
     * share at about one age ({@link WordBearers#expected}) for those names to be rare. Were the query registered
     * before with a chance of one in five, the odds that the candidate is that record rather than a stranger who
     * happens to bear the names are a quarter over the figure: 0.1 makes them two and a half to one. On the five sets
     * of pairs written at m20, 0.05 and 0.5 more points found 7 pairs of one person more, 0.1 and 1.0 more 22, and
     * neither a pair of two people (bench/README.md, "Engine m21").
     */
    static final double RARE_NAMES = 0.1;

    /**
     * How far apart the ages of rare names may be when one of them is estimated ({@link #RARE_NAMES}): two clerks'
     * guesses a couple of years apart, each rounded to a year and made months apart ("31" in May, "29" in August). On
     * eighteen sets of hand-written pairs, 3 rather than 2 found 10 pairs of one person more of 3,518, and no pair of
     * two people; at a million synthetic persons, 6 more and no false answer more (bench/README.md, "Engine m23").
     * Sets written later guess an adult's age four years off as often (Boubacar Traore, "about 25" and "about 29"):
     * on thirty-two sets 4.5 found 21 pairs of one person more of 6,246, for 2 pairs of two people and, at a million,
     * 4 known pairs and 51 false answers more (bench/README.md, "Ages guessed years apart (stop 53)").
     */
    private static final double RARE_NAMES_AGE_GAP = 4.5;

    /**
     * What the only bearer of the names at any age, in the same baladiya and of one age, adds to names and an age: on
     * eight sets of hand-written pairs, 2 pairs of one person more of 1,559 and no pair of two people; at a million
     * synthetic persons, where such names have other bearers, nothing.
     */
    private static final double ONLY_BEARER_POINTS = 0.25;

    /** What rare names ({@link #RARE_NAMES}) add to those no other stored person bears. */
    private static final double RARE_NAMES_POINTS = 1.0;

    /**
     * Whether the words the two names share are rare in the query's cohort: few of the register's persons of its sex
     * and nationality bear each, so that few would bear them all ({@link #RARE_NAMES}). It grows harder as the register
     * grows and its common names gather bearers: Abubakar Ahmed among the few hundred Cameroonians of a register is
     * rare; among a million, where thousands bear each word, it is not. Not known (false) without a nationality.
     */
    private static boolean rareNames(NameMatch names, WordBearers words) {
        return words.cohort() > 0 && words.expected(names.matchedKeyForms()) <= RARE_NAMES;
    }

    /**
     * Whether the register shows rare the names two profiles share ({@link #rareNames}): where it does not, stored
     * records awaiting review as one person still count each as a bearer of the names (CandidateSearch), for where
     * many bear them, a new record of them is as likely yet another namesake.
     */
    public boolean namesRare(Profile q, Profile c, WordBearers words) {
        return rareNames(NameMatch.of(q, c), words);
    }

    /**
     * Names borne by many say less: of the {@code namesakes} stored persons who share the names, the candidate is one;
     * each of the others would have matched as well, unless the rest of the evidence (a document, a phone, a birth
     * date) is one a namesake rarely shares. The odds fall with the number of namesakes expected to match as well.
     */
    private static double namesakePenalty(
            int namesakes, boolean strongDoc, boolean phone, boolean placeholderDate, List<Reason> birth) {
        if (namesakes <= 1 || strongDoc) {
            return 0;
        }
        // The share of namesakes (same names, born within the key's four years) expected to fit as well: every one
        // for names and a rough age; one day in 1,461 for the same date, but a quarter for the same 1 January
        // placeholder (one in eight records carries one); a few days for a swap or a year apart, a month for a close
        // date; and a shared phone is a family's, where two of the same names and age are rare.
        double share = 1;
        for (Reason r : birth) {
            share = Math.min(
                    share,
                    switch (r.code()) {
                        case "same-date-of-birth" -> placeholderDate ? 0.25 : 0.005;
                        case "day-month-swapped", "birth-year-one-apart" -> 0.01;
                        case "date-of-birth-close" -> 0.05;
                        default -> 1.0;
                    });
        }
        if (phone) {
            share = Math.min(share, 0.01);
        }
        return NAMESAKE_WEIGHT * Math.log1p((namesakes - 1) * share);
    }

    /** The given name as typed, for a reason; a whole name typed in another part ({@code wholeNameInOnePart}). */
    private static String givenAsTyped(Profile p) {
        int whole = NameMatch.wholeNameInOnePart(p);
        return p.display.get(whole < 0 ? 0 : whole);
    }

    /**
     * The given name part word for word the same name ({@link Token#sameWord}), not merely alike; a South Asian Md.
     * before it is no word of it ({@link #isSouthAsianPrefix}: Rubel is Md. Rubel's given name).
     */
    private static boolean sameGivenName(Profile q, Profile c) {
        return givenWordsAlike(q, c, Token::sameWord);
    }

    /** Whether the given names are written alike, letter for letter, in a script both were typed in. */
    private static boolean sameGivenText(Profile q, Profile c) {
        return givenWordsAlike(q, c, Token::sameText);
    }

    private static boolean givenWordsAlike(Profile q, Profile c, BiPredicate<Token, Token> alike) {
        List<Token> a = givenWords(q);
        List<Token> b = givenWords(c);
        if (a.isEmpty() || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!alike.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> givenWords(Profile p) {
        List<Token> words = p.parts.get(0);
        return !words.isEmpty() && isSouthAsianPrefix(p, 0, 0) ? words.subList(1, words.size()) : words;
    }

    private double ageGap(Profile q, Profile c) {
        Double a = q.birthYear();
        Double b = c.birthYear();
        return a == null || b == null ? 0 : Math.abs(a - b);
    }

    private double birth(Profile q, Profile c, List<Reason> pro, List<Reason> con) {
        Double yq = q.birthYear();
        Double yc = c.birthYear();
        if (yq == null || yc == null) {
            return 0;
        }
        if (q.hasDob() && c.hasDob()) {
            LocalDate a = LocalDate.ofEpochDay(q.dobEpochDay);
            LocalDate b = LocalDate.ofEpochDay(c.dobEpochDay);
            boolean placeholder = isPlaceholder(a) || isPlaceholder(b);
            if (a.equals(b)) {
                pro.add(new Reason("same-date-of-birth", List.of()));
                return placeholder ? 1.8 : 3.2;
            }
            int years = Math.abs(a.getYear() - b.getYear());
            if (placeholder) {
                // 1 January (or 1 July) stands for "born that year": only the years can be compared
                if (years <= 1) {
                    pro.add(new Reason("age-consistent", ages(q, c)));
                    return years == 0 ? 1.2 : 0.6;
                }
            } else {
                boolean sameMonth = a.getMonthValue() == b.getMonthValue();
                boolean sameDay = a.getDayOfMonth() == b.getDayOfMonth();
                if (years == 0 && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
                    pro.add(new Reason("day-month-swapped", List.of()));
                    return 2.2;
                }
                if (years == 1 && sameMonth && sameDay) {
                    pro.add(new Reason("birth-year-one-apart", List.of()));
                    return 1.8;
                }
                // the same month or day of one year; or days apart across a month's end (a leap day typed as the
                // 1 March, the 31st as the 1st)
                boolean daysApart = Math.abs(a.toEpochDay() - b.toEpochDay()) <= DAYS_APART;
                if (years == 0 && (sameMonth || sameDay) || daysApart) {
                    pro.add(new Reason("date-of-birth-close", List.of()));
                    return 1.0;
                }
                if (sameMonth && sameDay && years % 10 == 0) {
                    return 0; // a slip of the decade digit
                }
                // two precise dates that disagree are evidence of two people
                con.add(new Reason("date-of-birth-differs", List.of()));
                double gap = Math.abs(yq - yc);
                return gap < 3 ? -2.5 : gap < 10 ? -4.5 : -9;
            }
        }
        double gap = Math.abs(yq - yc);
        double age = Math.max(0, LocalDate.now(clock).getYear() - Math.min(yq, yc));
        // estimated ages are rough, and rougher for adults (and often rounded to five years)
        double tolerance;
        if (q.hasEstimate() && c.hasEstimate()) {
            tolerance = age < 15 ? 3 : 4 + age / 20;
        } else if (q.hasEstimate() || c.hasEstimate()) {
            tolerance = age < 15 ? 2.5 : 3 + age / 25;
        } else {
            tolerance = 1.5; // a 1 January placeholder against a year
        }
        if (gap <= tolerance) {
            // the closer, the more telling: namesakes spread evenly over the window, one person's estimates cluster
            pro.add(new Reason("age-consistent", ages(q, c)));
            if (gap <= 1) {
                return q.hasEstimate() && c.hasEstimate() ? 0.8 : 1.0;
            }
            return gap <= tolerance / 2 ? 0.3 : -0.3;
        }
        con.add(new Reason("age-differs", ages(q, c)));
        if (gap <= tolerance + 2) {
            return -1.5;
        }
        if (gap <= 10) {
            return -4;
        }
        return -9;
    }

    /**
     * Whether two documents of one type come from two countries, each its holder's nationality (a Chadian's Chadian
     * passport, a Sudanese's Sudanese one): two people, as much as two numbers from one country are.
     */
    private static boolean ownCountries(Profile q, Profile.Document dq, Profile c, Profile.Document dc) {
        return dc.country() != null
                && q.nationality != null
                && c.nationality != null
                && !q.nationality.equals(c.nationality)
                && dq.country().equals(q.nationality)
                && dc.country().equals(c.nationality);
    }

    private static boolean placeholderDates(Profile q, Profile c) {
        return q.hasDob()
                && c.hasDob()
                && (isPlaceholder(LocalDate.ofEpochDay(q.dobEpochDay))
                        || isPlaceholder(LocalDate.ofEpochDay(c.dobEpochDay)));
    }

    static boolean isPlaceholder(LocalDate d) {
        return d.getDayOfMonth() == 1 && (d.getMonthValue() == 1 || d.getMonthValue() == 7);
    }

    private List<String> ages(Profile q, Profile c) {
        return List.of(age(q), age(c));
    }

    private String age(Profile p) {
        Double y = p.birthYear();
        if (y == null) {
            return "?";
        }
        LocalDate now = LocalDate.now(clock);
        double years = now.getYear() + (now.getDayOfYear() - 1) / 365.25 - y;
        return Integer.toString((int) Math.max(0, Math.floor(years + 1e-9)));
    }

    /** The name evidence between two profiles. */
    static final class NameMatch {
        double points;
        int matched;
        int commonMatched;
        /**
         * Matched words that are very common names themselves (of their group, or with the very skeleton of one), not
         * merely of a very common name's coarse code ({@link #common}): Habtom's coarse code is Fatima's, Tesfay's
         * Yusuf's, but few bear them.
         */
        int namedCommonMatched;

        int mismatched;
        int total;
        boolean givenVeto;
        /** The given names differ by one typing slip ({@link Token#slip}). */
        boolean givenSlip;

        /**
         * Of the words that differ, those that are a grandfather's name on one record and a family name on the other,
         * neither record giving the other's field ({@link DuplicateEngine#compare}).
         */
        int inFieldsApart;

        /** The given names differ by two typing slips ({@link Token#nearSlip}). */
        boolean givenNearSlip;

        /** One given name is the other cut short ({@link Token#cutShort}). */
        boolean givenCutShort;

        /** Each given name is the other's father's name (Ali | Mohamed against Mohamed | Ali). */
        boolean givenFatherSwapped;

        /**
         * One name, without a father's name, has for its given name the other's father's name (Jennifer | Osaretin
         * against Osayuki | Jennifer | Osaretin): the middle name a person goes by, where the second field holds one.
         */
        boolean givenIsTheOthersSecond;

        /**
         * One name has a title alone for its given name and for its father's name the other's given name (Alhaji |
         * Musa | Danladi against Musa | Danladi): the clerk typed the title by which the person is greeted first.
         */
        boolean titleForGiven;

        /**
         * One name written family name first and every other word a field on, its family field empty (HOUNI |
         * Salaheddin | Mohamed, from a list sorted by family name, against Salaheddin | Mohamed | … | Houni): its given
         * name is the other's family name, and its father's field the other's given name.
         */
        boolean familyFirst;

        boolean swapped;
        boolean fatherDiffers;

        /**
         * The given and father's names matched in their own fields, and every word that differs in the grandfather's or
         * family field ({@link DuplicateEngine#compare}: a woman's family name and her husband's); {@code familyCost}
         * is what those words took from the points.
         */
        boolean onlyFamilyDiffers;

        double familyCost;

        /** The fathers' names are two names of the table, matched by nothing ({@link #twoNames}). */
        boolean fathersTwoNames;

        /** The query's words as compared, and which of them matched a word of the candidate's. */
        List<Token> queryWords = List.of();

        boolean[] queryMatched = new boolean[0];

        /** The key forms of the query's words that matched ({@link WordBearers#expected}). */
        List<String> matchedKeyForms() {
            List<String> forms = new ArrayList<>(queryMatched.length);
            for (int i = 0; i < queryMatched.length; i++) {
                if (queryMatched[i]) {
                    forms.add(queryWords.get(i).keyForm());
                }
            }
            return forms;
        }

        static NameMatch of(Profile q, Profile c) {
            NameMatch m = new NameMatch();
            List<Token> tq = new ArrayList<>(8);
            List<Integer> pq = new ArrayList<>(8);
            List<Token> tc = new ArrayList<>(8);
            List<Integer> pc = new ArrayList<>(8);
            flatten(q, tq, pq, prefixJoinedByTheOther(q, c));
            flatten(c, tc, pc, prefixJoinedByTheOther(c, q));
            joinCompounds(tq, pq, tc, pc);
            joinCompounds(tc, pc, tq, pq);
            int nq = tq.size();
            int nc = tc.size();
            m.queryWords = tq;
            m.total = Math.max(nq, nc);
            if (nq == 0 || nc == 0) {
                m.givenVeto = true;
                return m;
            }
            // Two names of the table that are not one name are at most 0.55 alike, below every threshold that makes
            // a match: their skeletons (most of a comparison's time) are only worked out where the exact figure is
            // used, in choosing which given names to weigh against each other.
            double[][] sim = new double[nq][nc];
            boolean bengali = bengali(q.nationality) || bengali(c.nationality);
            for (int i = 0; i < nq; i++) {
                for (int j = 0; j < nc; j++) {
                    sim[i][j] = Token.differentNames(tq.get(i), tc.get(j))
                            ? NOT_WORKED_OUT
                            : Token.similarity(tq.get(i), tc.get(j));
                    if (bengali && sim[i][j] != NOT_WORKED_OUT && sim[i][j] < 1) {
                        sim[i][j] = Math.max(sim[i][j], Token.bengaliSimilarity(tq.get(i), tc.get(j)));
                    }
                    if (sim[i][j] < Token.EVERYDAY_SHORT_FORM
                            && pq.get(i) == 0
                            && pc.get(j) == 0
                            && Token.everydayShortForm(tq.get(i), tc.get(j))) {
                        sim[i][j] = Token.EVERYDAY_SHORT_FORM;
                    }
                }
            }
            boolean[] usedQ = new boolean[nq];
            boolean[] usedC = new boolean[nc];
            m.queryMatched = usedQ;
            int[] pairQ = new int[nq];
            java.util.Arrays.fill(pairQ, -1);
            boolean givenQ = pq.get(0) == 0;
            boolean givenC = pc.get(0) == 0;
            if (givenQ && givenC) {
                double sG = workedOut(sim, tq, tc, 0, 0);
                int gi = 0;
                int gj = 0;
                if (sG < 0.8) {
                    // another word of the given names (Mohamed Amin / Amin), a little less telling
                    for (int i = 0; i < nq && pq.get(i) == 0; i++) {
                        for (int j = 0; j < nc && pc.get(j) == 0; j++) {
                            if (workedOut(sim, tq, tc, i, j) * 0.95 > sG) {
                                sG = sim[i][j] * 0.95;
                                gi = i;
                                gj = j;
                            }
                        }
                    }
                }
                if (sG >= 0.85) {
                    usedQ[gi] = true;
                    usedC[gj] = true;
                    pairQ[gi] = gj;
                    m.points += given(sG, tq.get(gi), tc.get(gj));
                    m.matched++;
                    m.commonMatched += common(tq.get(gi)) || common(tc.get(gj)) ? 1 : 0;
                    m.namedCommonMatched += namedCommon(tq.get(gi)) || namedCommon(tc.get(gj)) ? 1 : 0;
                } else {
                    // given name and the last name written the other way round (DIALLO Mamadou)
                    int lq = pq.get(nq - 1);
                    int lc = pc.get(nc - 1);
                    int[] a = best(sim, pq, pc, 0, lc);
                    int[] b = best(sim, pq, pc, lq, 0);
                    if (lq > 0 && lc > 0 && a[0] >= 0 && b[0] >= 0 && a[0] != b[0] && a[1] != b[1]) {
                        m.swapped = true;
                        double s = Math.min(sim[a[0]][a[1]], sim[b[0]][b[1]]) * 0.95;
                        usedQ[a[0]] = usedC[a[1]] = usedQ[b[0]] = usedC[b[1]] = true;
                        m.points +=
                                (given(s, tq.get(a[0]), tc.get(a[1])) + given(s, tq.get(b[0]), tc.get(b[1]))) / 2 + 2;
                        m.matched += 2;
                    } else {
                        m.givenVeto = true;
                        m.points -= 5;
                        m.givenSlip = gi == 0 && gj == 0 && Token.slip(tq.get(0), tc.get(0));
                        m.givenNearSlip = gi == 0 && gj == 0 && Token.nearSlip(tq.get(0), tc.get(0));
                        m.givenCutShort = gi == 0 && gj == 0 && Token.cutShort(tq.get(0), tc.get(0));
                        int[] givenAsFather = best(sim, pq, pc, 0, 1);
                        int[] fatherAsGiven = best(sim, pq, pc, 1, 0);
                        m.givenFatherSwapped = givenAsFather[0] >= 0
                                && fatherAsGiven[0] >= 0
                                && givenAsFather[0] != fatherAsGiven[0]
                                && givenAsFather[1] != fatherAsGiven[1];
                        m.givenIsTheOthersSecond =
                                givenAsFather[0] >= 0 && !pq.contains(1) || fatherAsGiven[0] >= 0 && !pc.contains(1);
                        m.titleForGiven = fatherAsGiven[0] >= 0 && titleAlone(tq, pq)
                                || givenAsFather[0] >= 0 && titleAlone(tc, pc);
                        m.familyFirst = familyFirst(sim, pq, pc, lq, lc);
                    }
                }
            } else {
                m.givenVeto = true; // without a given name on one side, names alone never make a pair likely
            }
            // the other words, best pairs first
            while (true) {
                double best = 0.8;
                int bi = -1;
                int bj = -1;
                for (int i = 0; i < nq; i++) {
                    if (usedQ[i]) {
                        continue;
                    }
                    for (int j = 0; j < nc; j++) {
                        if (!usedC[j] && sim[i][j] >= best) {
                            if (sim[i][j] > best
                                    || bi < 0
                                    || Math.abs(pq.get(i) - pc.get(j)) < Math.abs(pq.get(bi) - pc.get(bj))) {
                                best = sim[i][j];
                                bi = i;
                                bj = j;
                            }
                        }
                    }
                }
                if (bi < 0) {
                    break;
                }
                usedQ[bi] = true;
                usedC[bj] = true;
                pairQ[bi] = bj;
                m.matched++;
                boolean common = common(tq.get(bi)) || common(tc.get(bj));
                m.commonMatched += common ? 1 : 0;
                m.namedCommonMatched += namedCommon(tq.get(bi)) || namedCommon(tc.get(bj)) ? 1 : 0;
                m.points += (common ? 1.5 : 2.5) * best;
            }
            int leftQ = 0;
            int leftC = 0;
            int disagreeingQ = 0;
            int disagreeingC = 0;
            for (int i = 0; i < nq; i++) {
                leftQ += usedQ[i] ? 0 : 1;
                disagreeingQ += usedQ[i] || pq.get(i) >= 2 && !pc.contains(pq.get(i)) ? 0 : 1;
            }
            for (int j = 0; j < nc; j++) {
                leftC += usedC[j] ? 0 : 1;
                disagreeingC += usedC[j] || pc.get(j) >= 2 && !pq.contains(pc.get(j)) ? 0 : 1;
            }
            m.mismatched = Math.min(leftQ, leftC);
            m.inFieldsApart = m.mismatched - Math.min(disagreeingQ, disagreeingC);
            m.points -= MISMATCHED_WORD * m.mismatched;
            if (!m.givenVeto && !m.swapped && wordUnmatched(0, pq, usedQ) && wordUnmatched(0, pc, usedC)) {
                // compound given names that share one word and differ in the other (Mahamat Nour, Mahamat Saleh;
                // محمد علي, محمد صلاح) are two names: brothers, twins among them, are named so
                m.givenVeto = true;
            }
            if (!m.swapped) {
                // a grandfather's or family name given on both sides, matched by nothing on either: another family
                for (int part = 2; part <= 3; part++) {
                    if (slotUnmatched(part, pq, usedQ) && slotUnmatched(part, pc, usedC)) {
                        m.points -= 1.2;
                    }
                }
            }
            if (!m.swapped && slotUnmatched(1, pq, usedQ) && slotUnmatched(1, pc, usedC)) {
                // both give a father's name and neither matches anything in the other name (a father's name
                // moved to another slot is a shift, not a disagreement): cousins, not a slip
                m.points -= 2.0;
                m.fatherDiffers = true;
                m.fathersTwoNames = twoNames(1, tq, pq, tc, pc);
            } else if (!m.swapped
                    && !slotUnmatched(1, pq, usedQ)
                    && !slotUnmatched(1, pc, usedC)
                    && wordUnmatched(1, pq, usedQ)
                    && wordUnmatched(1, pc, usedC)) {
                // compound fathers' names that share one word and differ in the other (Noor Muhammad, Muhammad
                // Sadiq; محمد علي, محمد صالح) are two names, as compound given names are: two fathers
                m.points -= 2.0;
                m.fatherDiffers = true;
            }
            if (!m.givenVeto
                    && !m.swapped
                    && m.mismatched > 0
                    && inTheirOwnField(0, pq, pc, usedQ, pairQ)
                    && inTheirOwnField(1, pq, pc, usedQ, pairQ)
                    && unmatchedOnlyFrom(2, pq, usedQ)
                    && unmatchedOnlyFrom(2, pc, usedC)
                    && (wordUnmatched(3, pq, usedQ) || wordUnmatched(3, pc, usedC))) {
                m.onlyFamilyDiffers = true;
                m.familyCost = MISMATCHED_WORD * m.mismatched;
                for (int part = 2; part <= 3; part++) {
                    m.familyCost += slotUnmatched(part, pq, usedQ) && slotUnmatched(part, pc, usedC) ? 1.2 : 0;
                }
            }
            if (m.mismatched > 0) {
                // both names hold a word the other lacks, and what matches sits in other slots: relatives, not a slip
                for (int i = 0; i < nq; i++) {
                    if (pairQ[i] >= 0 && pq.get(i) != 0 && !pq.get(i).equals(pc.get(pairQ[i]))) {
                        m.points -= 1.0;
                        break;
                    }
                }
            }
            if (!m.swapped) {
                // words matched out of order (father's name against the other's family name, and back)
                int inversions = 0;
                for (int i = 1; i < nq; i++) {
                    for (int k = i + 1; k < nq; k++) {
                        if (pairQ[i] > 0 && pairQ[k] > 0 && pairQ[i] > pairQ[k]) {
                            inversions++;
                        }
                    }
                }
                m.points -= 0.8 * inversions;
            }
            return m;
        }

        /**
         * A compound written as one word on one side and two on the other (Awadelkarim, عوض الكريم; Sitelnisa, ست
         * النساء; Saifeldin, Saif Eldin; Mohamedsalah, Mohamed Salah): where a part has one word more on the {@code
         * pair} side, two adjacent words of it whose skeletons, joined (with or without the article's l between them),
         * are the skeleton of a word of the {@code single} side, and match it better than either does alone (Mohamed
         * alone is much like Mohamedsalah), become that word.
         */
        private static void joinCompounds(List<Token> single, List<Integer> ps, List<Token> pair, List<Integer> pp) {
            for (int part = 0; part < Profile.NAME_PARTS; part++) {
                int ns = java.util.Collections.frequency(ps, part);
                int np = java.util.Collections.frequency(pp, part);
                if (ns == 0 || np != ns + 1) {
                    continue;
                }
                joined:
                for (int i = 0; i + 1 < pair.size(); i++) {
                    if (pp.get(i) != part || pp.get(i + 1) != part) {
                        continue;
                    }
                    for (int k = 0; k < single.size(); k++) {
                        Token t = single.get(k);
                        if (ps.get(k) != part || t.skeleton().length() < 4) {
                            continue;
                        }
                        double joined = compound(t, pair.get(i), pair.get(i + 1));
                        if (joined >= 0.9
                                && joined > Token.similarity(t, pair.get(i))
                                && joined > Token.similarity(t, pair.get(i + 1))) {
                            pair.set(i, t);
                            pair.remove(i + 1);
                            pp.remove(i + 1);
                            break joined;
                        }
                    }
                }
            }
        }

        private static String withoutH(String skeleton) {
            return skeleton.indexOf('H') < 0 ? skeleton : skeleton.replace("H", "");
        }

        private static double compound(Token t, Token a, Token b) {
            double best = 0;
            for (String w : new String[] {t.skeleton(), t.skeleton2()}) {
                if (w == null) {
                    continue;
                }
                String wholeWithoutH = withoutH(w);
                for (String x : new String[] {a.skeleton(), a.skeleton2()}) {
                    for (String y : new String[] {b.skeleton(), b.skeleton2()}) {
                        if (x != null && y != null) {
                            best = Math.max(best, Skeletons.similarity(w, x + y));
                            best = Math.max(best, Skeletons.similarity(w, x + "L" + y));
                            // an h the halves' skeletons read otherwise than the whole's: a last ه drops as a ta
                            // marbuta would (شاه جهان, Shahjahan), a dh is one letter in Latin (Ghebre Medhin, قبرمدهن)
                            best = Math.max(best, Skeletons.similarity(wholeWithoutH, withoutH(x + y)));
                        }
                    }
                }
            }
            if (best < 0.9 && Token.latin(t) && Token.latin(a) && Token.latin(b)) {
                // the skeleton of a word is not that of its halves where a letter reads otherwise between vowels than
                // at a word's end (Shahalam, Shah Alam): the halves' letters joined are read as one word
                best = Math.max(best, Skeletons.similarity(t.skeleton(), Names.latinSkeleton(a.text() + b.text())));
            }
            return best;
        }

        /**
         * Whether one of the two names is the other written family name first ({@link #familyFirst}), given the last
         * part each fills: the one whose family field is empty begins with the other's family name, and its father's
         * field holds the other's given name; or, both family fields filled, the one begins with the other's family
         * name, its father's field holds the other's given name and its family field the other's father's name. The
         * pairs matched lie in different parts on each side, never one word twice.
         */
        private static boolean familyFirst(double[][] sim, List<Integer> pq, List<Integer> pc, int lq, int lc) {
            int family = Profile.NAME_PARTS - 1;
            if (lq == family && lc < family) {
                return best(sim, pq, pc, family, 0)[0] >= 0 && best(sim, pq, pc, 0, 1)[0] >= 0;
            }
            if (lc == family && lq < family) {
                return best(sim, pq, pc, 0, family)[0] >= 0 && best(sim, pq, pc, 1, 0)[0] >= 0;
            }
            if (lq == family && lc == family) {
                // three words, the family name first and the last of them in the family field (IGBINOSA | Blessing |
                // | Osas against Blessing | Osas | | Igbinosa): every word a field on, the last one round again
                return best(sim, pq, pc, family, 0)[0] >= 0
                                && best(sim, pq, pc, 0, 1)[0] >= 0
                                && best(sim, pq, pc, 1, family)[0] >= 0
                        || best(sim, pq, pc, 0, family)[0] >= 0
                                && best(sim, pq, pc, 1, 0)[0] >= 0
                                && best(sim, pq, pc, family, 1)[0] >= 0;
            }
            return false;
        }

        /** Whether the given name is a title alone ({@link Names#isTitle}). */
        private static boolean titleAlone(List<Token> words, List<Integer> parts) {
            return !parts.isEmpty()
                    && parts.get(0) == 0
                    && (parts.size() == 1 || parts.get(1) != 0)
                    && Names.isTitle(words.get(0).text());
        }

        /** Whether both give the part, and each word of it on the query's side matched a word of the same part. */
        private static boolean inTheirOwnField(
                int part, List<Integer> pq, List<Integer> pc, boolean[] usedQ, int[] pairQ) {
            if (!pq.contains(part) || !pc.contains(part)) {
                return false;
            }
            for (int i = 0; i < pq.size(); i++) {
                if (pq.get(i) == part && (!usedQ[i] || pairQ[i] < 0 || pc.get(pairQ[i]) != part)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every word left unmatched is of the part {@code from} or a later one. */
        private static boolean unmatchedOnlyFrom(int from, List<Integer> parts, boolean[] used) {
            for (int i = 0; i < parts.size(); i++) {
                if (!used[i] && parts.get(i) < from) {
                    return false;
                }
            }
            return true;
        }

        private static boolean wordUnmatched(int part, List<Integer> parts, boolean[] used) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) == part && !used[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether every word of one part on each side is a name of the table, and none is a name of the other's. */
        private static boolean twoNames(int part, List<Token> tq, List<Integer> pq, List<Token> tc, List<Integer> pc) {
            for (int i = 0; i < tq.size(); i++) {
                for (int j = 0; j < tc.size(); j++) {
                    if (pq.get(i) == part && pc.get(j) == part && !Token.differentNames(tq.get(i), tc.get(j))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Whether the name holds words in this part and none of them was matched. */
        private static boolean slotUnmatched(int part, List<Integer> parts, boolean[] used) {
            boolean present = false;
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) == part) {
                    present = true;
                    if (used[i]) {
                        return false;
                    }
                }
            }
            return present;
        }

        /** The best-matching pair of words between part partQ of one name and part partC of the other. */
        private static int[] best(double[][] sim, List<Integer> pq, List<Integer> pc, int partQ, int partC) {
            int[] out = {-1, -1};
            double best = 0.85;
            for (int i = 0; i < pq.size(); i++) {
                if (pq.get(i) != partQ) {
                    continue;
                }
                for (int j = 0; j < pc.size(); j++) {
                    if (pc.get(j) == partC && sim[i][j] >= best) {
                        best = sim[i][j];
                        out[0] = i;
                        out[1] = j;
                    }
                }
            }
            return out;
        }

        private static boolean namedCommon(Token t) {
            return t.group() != null
                    ? COMMON.contains(t.group())
                    : NameDictionary.commonBySkeleton(t.skeleton()) != null;
        }

        private static boolean common(Token t) {
            return t.group() != null
                    ? COMMON.contains(t.group())
                    : t.skeleton().length() >= 3 && COMMON_COARSE.contains(Skeletons.coarse(t.skeleton()));
        }

        private static double given(double s, Token a, Token b) {
            boolean common = common(a) || common(b);
            if (s >= 0.93) {
                return common ? 2.5 : 3.5;
            }
            return 1.5;
        }

        /** In the similarity matrix: two names of the table, not one name, whose exact figure (≤ 0.55) was not needed. */
        private static final double NOT_WORKED_OUT = -1;

        /** The similarity of words i and j, worked out now if it was left out. */
        private static double workedOut(double[][] sim, List<Token> tq, List<Token> tc, int i, int j) {
            if (sim[i][j] == NOT_WORKED_OUT) {
                sim[i][j] = Token.similarity(tq.get(i), tc.get(j));
            }
            return sim[i][j];
        }

        /**
         * Whether the South Asian prefix of this profile's given name is written joined to the next word by the other
         * (Mohammad Reza, Mohammadreza): then it is part of the compound, kept for {@link #joinCompounds}.
         */
        private static boolean prefixJoinedByTheOther(Profile p, Profile other) {
            if (p.parts.get(0).size() < 2
                    || !isSouthAsianPrefix(p, 0, 0)
                    || other.parts.get(0).size() != 1) {
                return false;
            }
            Token joined = other.parts.get(0).get(0);
            return joined.group() == null
                    && compound(joined, p.parts.get(0).get(0), p.parts.get(0).get(1)) >= 0.9;
        }

        private static void flatten(Profile p, List<Token> tokens, List<Integer> partOf, boolean keepPrefix) {
            int whole = wholeNameInOnePart(p);
            boolean fatherIsGiven = givenAfterSouthAsianPrefix(p);
            for (int part = 0; part < Profile.NAME_PARTS; part++) {
                List<Token> words = p.parts.get(part);
                for (int i = 0; i < words.size(); i++) {
                    Token t = words.get(i);
                    if (!keepPrefix && isSouthAsianPrefix(p, part, i)) {
                        continue;
                    }
                    tokens.add(t);
                    partOf.add(part == whole || part == 1 && fatherIsGiven ? 0 : part);
                }
            }
        }

        /**
         * The part other than the given name that holds the whole name, when no other part holds any word and it holds
         * two or more (Ahmed Salem Ghariani typed as the family name): read as a whole name typed in the given name's
         * field, which it is. -1 otherwise.
         */
        static int wholeNameInOnePart(Profile p) {
            int found = -1;
            for (int part = 0; part < Profile.NAME_PARTS; part++) {
                if (p.parts.get(part).isEmpty()) {
                    continue;
                }
                if (found >= 0 || part == 0) {
                    return -1;
                }
                found = part;
            }
            return found >= 0 && p.parts.get(found).size() >= 2 ? found : -1;
        }
    }
}
