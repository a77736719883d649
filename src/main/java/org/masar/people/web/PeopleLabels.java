package org.masar.people.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.masar.people.AgeBand;
import org.masar.people.DocumentType;
import org.masar.people.MatchReason;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.masar.people.TimelineEntry;
import org.masar.shared.CountryCodes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words the pages show for a person's codes, in the user's language: sex, population group, document type, age
 * band, a country from its ISO alpha-3 code (Java's own country names, in Arabic and English), a language, a duplicate
 * candidate's reasons and the timeline's entries. Templates call it as {@code labels}; the keys are built here, in one
 * place, and {@code PeopleBundlesTests} checks every one of them is in both languages.
 */
@Component("peopleLabels")
public class PeopleLabels {

    /** Codes for people without a nationality, as ICAO writes them on travel documents. */
    static final List<String> STATELESS_OR_REFUGEE = List.of("XXA", "XXB", "XXC", "XXX");

    /** The languages the form offers, most often heard in Libya's migrant and displaced communities first. */
    static final List<String> LANGUAGES =
            List.of("ar", "en", "fr", "ha", "ti", "am", "so", "om", "ff", "bm", "wo", "kr", "tmh", "dyu", "ur", "bn");

    private final MessageSource messages;

    PeopleLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A country's or nationality's name from its ISO 3166-1 alpha-3 code; the code itself when unknown. */
    public String country(@Nullable String alpha3) {
        if (alpha3 == null) {
            return "";
        }
        if (STATELESS_OR_REFUGEE.contains(alpha3)) {
            return message("people.country." + alpha3);
        }
        String alpha2 = CountryCodes.alpha2(alpha3);
        return alpha2 == null ? alpha3 : Locale.of("", alpha2).getDisplayCountry(locale());
    }

    /** Every nationality the form offers, named in the user's language and sorted as that language sorts. */
    public List<Choice> countries() {
        Collator collator = Collator.getInstance(locale());
        return Stream.concat(CountryCodes.alpha3().stream(), STATELESS_OR_REFUGEE.stream())
                .map(code -> new Choice(code, country(code)))
                .sorted(Comparator.comparing(Choice::label, collator))
                .toList();
    }

    /** The languages the form offers, named in the user's language. */
    public List<Choice> languages() {
        return LANGUAGES.stream().map(code -> new Choice(code, language(code))).toList();
    }

    /** A language's name from its ISO 639 code; the code when Java does not know it. */
    public String language(String code) {
        String name = Locale.of(code).getDisplayLanguage(locale());
        return name.isBlank() ? code : name;
    }

    public String sex(@Nullable Sex sex) {
        return sex == null ? "" : message("people.sex." + sex.name());
    }

    public String populationGroup(@Nullable PopulationGroup group) {
        return group == null ? "" : message("people.population-group." + group.name());
    }

    public String documentType(DocumentType type) {
        return message("people.document-type." + type.name());
    }

    public String ageBand(AgeBand band) {
        return message("people.age-band." + band.name());
    }

    /**
     * Why a candidate may be the same person, with its arguments; the reason's code itself when no message has it
     * yet (a newer engine may give reasons this page does not know).
     */
    public String reason(MatchReason reason) {
        return messages.getMessage(reason.messageKey(), reason.args().toArray(), reason.code(), locale());
    }

    /**
     * A timeline entry's text, {@code <module>.timeline.<kind>} with its details as named values ({@code {number}});
     * the kind itself when no message has it.
     */
    public String timeline(TimelineEntry entry) {
        String text = messages.getMessage(entry.messageKey(), null, entry.kind(), locale());
        if (text == null) {
            return entry.kind();
        }
        for (Map.Entry<String, String> detail : entry.details().entrySet()) {
            text = text.replace("{" + detail.getKey() + "}", detail.getValue());
        }
        return text;
    }

    private String message(String key) {
        return messages.getMessage(key, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** One option of a select: the value sent and the label shown. */
    public record Choice(String value, String label) {}
}
