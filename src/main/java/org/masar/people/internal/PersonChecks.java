package org.masar.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.masar.access.Scopes;
import org.masar.geo.Baladiya;
import org.masar.geo.Site;
import org.masar.people.IdentityDocument;
import org.masar.people.InvalidField;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.internal.matching.DocumentNumbers;
import org.masar.people.internal.matching.PhoneNumbers;
import org.masar.shared.MissionTime;

/**
 * Whether a person's details hold, every field in error named by its path in the API's person JSON. The same checks
 * run for a page's form, one registration and each person of a batch, so all three refuse the same things.
 *
 * <p>Places are looked up through what the caller passes in (the gazetteer's baladiya and the sites), so that a batch
 * of a thousand asks the gazetteer once.
 */
final class PersonChecks {

    /** ISO 3166-1 alpha-3 codes, plus ICAO's codes for stateless persons and refugees found on travel documents. */
    static final Set<String> COUNTRIES = Stream.concat(
                    Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream(),
                    Stream.of("XXA", "XXB", "XXC", "XXX"))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    /**
     * Letters of any script, marks, spaces, apostrophes, hyphens, dots (Md.) and slashes (G/Mariam, A/Rahman, ع/الله:
     * Ethiopian, Eritrean and Sudanese abbreviations), and asides of the same in brackets, one pair at a time (نعيمة (أم
     * أحمد), {@link NamePart#withoutAsides()}); nothing else.
     */
    private static final Pattern NAME_TEXT =
            Pattern.compile("(?:[\\p{L}\\p{M}\\u0640 '’ʼ`./\\-]|\\([\\p{L}\\p{M}\\u0640 '’ʼ`./\\-]+\\))+");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** Digits of any script and what people write between them (+218 91-234 56.78, (091) 234/5678), nothing else. */
    private static final Pattern PHONE_TEXT = Pattern.compile("[\\p{Nd}\\p{Zs}+\\uFF0B\\-.()/]+");
    /**
     * Letters and digits of any script, spaces, dashes, slashes and dots, as documents print their numbers, and the
     * numero signs before them (N° 1184/2013, № 52, #4471) on francophone certificates and cards.
     */
    private static final Pattern DOCUMENT_TEXT = Pattern.compile("[\\p{L}\\p{Nd}\\p{Zs}\\-/.°№#]+");

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_PHONES = 5;
    static final int MAX_DOCUMENTS = 10;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_DOCUMENT_NUMBER_LENGTH = 40;

    private final Clock clock;

    PersonChecks(Clock clock) {
        this.clock = clock;
    }

    /** Places the checks look up: a baladiya by P-code, a site by id (empty when unknown). */
    interface Places {
        java.util.Optional<Baladiya> baladiya(String pcode);

        java.util.Optional<Site> site(org.masar.geo.SiteId id);
    }

    List<InvalidField> check(PersonDetails details, Scopes scopes, Places places) {
        List<InvalidField> errors = new ArrayList<>();
        // the day the dates people type are in: Libya's, already the next day from 22:00 to 24:00 UTC
        LocalDate today = MissionTime.today(clock);
        if (!details.names().hasAny()) {
            errors.add(new InvalidField("givenName", "name-required"));
        }
        name("givenName", details.names().given(), errors);
        name("fatherName", details.names().father(), errors);
        name("grandfatherName", details.names().grandfather(), errors);
        name("familyName", details.names().family(), errors);
        if (details.sex() == null) {
            errors.add(new InvalidField("sex", "required"));
        }
        LocalDate born = details.dateOfBirth();
        if (born != null && (born.isAfter(today) || born.isBefore(today.minusYears(130)))) {
            errors.add(new InvalidField("dateOfBirth", "date-out-of-range"));
        }
        Integer estimated = details.estimatedAge();
        LocalDate estimatedOn = details.ageEstimatedOn();
        if (estimated != null && born != null) {
            errors.add(new InvalidField("estimatedAge", "age-with-date-of-birth"));
        }
        if (estimated != null && (estimated < 0 || estimated > 130)) {
            errors.add(new InvalidField("estimatedAge", "age-out-of-range"));
        }
        if (estimated != null && estimatedOn == null) {
            errors.add(new InvalidField("ageEstimatedOn", "required"));
        }
        if (estimated == null && estimatedOn != null) {
            errors.add(new InvalidField("estimatedAge", "required"));
        }
        if (estimatedOn != null && (estimatedOn.isAfter(today) || estimatedOn.isBefore(today.minusYears(130)))) {
            errors.add(new InvalidField("ageEstimatedOn", "date-out-of-range"));
        } else if (estimated != null
                && estimatedOn != null
                && estimated >= 0
                && estimatedOn.minusYears(estimated).isBefore(today.minusYears(130))) {
            // Each within bounds, together they may not be: 120 years old, estimated 100 years ago, is 220 today.
            errors.add(new InvalidField("estimatedAge", "age-out-of-range"));
        }
        country("nationality", details.nationality(), errors);
        if (details.languages().size() > MAX_LANGUAGES) {
            errors.add(new InvalidField("languages", "too-many"));
        }
        for (int i = 0; i < details.languages().size(); i++) {
            if (!LANGUAGE.matcher(details.languages().get(i)).matches()) {
                errors.add(new InvalidField("languages[" + i + "]", "unknown-language"));
            }
        }
        if (details.phones().size() > MAX_PHONES) {
            errors.add(new InvalidField("phones", "too-many"));
        }
        for (int i = 0; i < details.phones().size(); i++) {
            String phone = details.phones().get(i);
            int digits = PhoneNumbers.normalise(phone).length();
            if (phone.length() > 40
                    || digits < 6
                    || digits > 15
                    || !PHONE_TEXT.matcher(phone).matches()) {
                errors.add(new InvalidField("phones[" + i + "]", "invalid-phone"));
            }
        }
        if (details.documents().size() > MAX_DOCUMENTS) {
            errors.add(new InvalidField("documents", "too-many"));
        }
        for (int i = 0; i < details.documents().size(); i++) {
            document("documents[" + i + "]", details.documents().get(i), today, errors);
        }
        place(details, scopes, places, today, errors);
        return errors;
    }

    private static void name(String field, NamePart part, List<InvalidField> errors) {
        // the script is the name's, not its aside's: محمد (Hamouda) is an Arabic name with its nickname beside it
        NamePart name = part.withoutAsides();
        name(field + ".ar", part.ar(), name.ar(), ARABIC_LETTER, LATIN_LETTER, "not-arabic-script", errors);
        name(field + ".lat", part.lat(), name.lat(), LATIN_LETTER, ARABIC_LETTER, "not-latin-script", errors);
    }

    private static void name(
            String field,
            @Nullable String typed,
            @Nullable String name,
            Pattern script,
            Pattern other,
            String wrongScript,
            List<InvalidField> errors) {
        if (typed == null) {
            return;
        }
        if (typed.length() > MAX_NAME_LENGTH) {
            errors.add(new InvalidField(field, "too-long"));
        } else if (!NAME_TEXT.matcher(typed).matches() || name == null) {
            // a digit, an unclosed bracket, a comma, an aside with no name before it: told as such, not as the wrong
            // script
            errors.add(new InvalidField(field, "name-signs"));
        } else if (!script.matcher(name).find() || other.matcher(name).find()) {
            errors.add(new InvalidField(field, wrongScript));
        }
    }

    private static void country(String field, @Nullable String code, List<InvalidField> errors) {
        if (code != null && !COUNTRIES.contains(code)) {
            errors.add(new InvalidField(field, "unknown-country"));
        }
    }

    private static void document(String field, IdentityDocument document, LocalDate today, List<InvalidField> errors) {
        String number = document.number();
        if (number.isBlank()) {
            errors.add(new InvalidField(field + ".number", "required"));
        } else if (number.length() > MAX_DOCUMENT_NUMBER_LENGTH
                || DocumentNumbers.normalise(number).isEmpty()
                || !DOCUMENT_TEXT.matcher(number).matches()) {
            errors.add(new InvalidField(field + ".number", "invalid-document-number"));
        }
        country(field + ".issuingCountry", document.issuingCountry(), errors);
        LocalDate expires = document.expiresOn();
        if (expires != null && (expires.isBefore(today.minusYears(100)) || expires.isAfter(today.plusYears(50)))) {
            errors.add(new InvalidField(field + ".expiresOn", "date-out-of-range"));
        }
    }

    private static void place(
            PersonDetails details, Scopes scopes, Places places, LocalDate today, List<InvalidField> errors) {
        String pcode = details.baladiya();
        Baladiya baladiya = null;
        if (pcode != null) {
            baladiya = places.baladiya(pcode).orElse(null);
            if (baladiya == null) {
                errors.add(new InvalidField("baladiya", "unknown-baladiya"));
            } else if (!baladiya.isCurrentOn(today)) {
                errors.add(new InvalidField("baladiya", "baladiya-not-current"));
            } else if (!scopes.coversBaladiya(pcode)) {
                errors.add(new InvalidField("baladiya", "baladiya-out-of-scope"));
            }
        }
        if (details.site() != null) {
            Site site = places.site(details.site()).orElse(null);
            if (site == null) {
                errors.add(new InvalidField("site", "unknown-site"));
            } else if (!site.active()) {
                errors.add(new InvalidField("site", "site-not-active"));
            } else if (baladiya != null && !site.baladiya().pcode().equals(baladiya.pcode())) {
                errors.add(new InvalidField("site", "site-not-in-baladiya"));
            } else if (pcode == null
                    && !scopes.coversBaladiya(site.baladiya().pcode().value())) {
                errors.add(new InvalidField("site", "baladiya-out-of-scope"));
            }
        }
    }
}
