package org.masar.dtm.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of the DTM field pages' codes (needs, services, conditions, event types), resolved from the bundles so that
 * templates show them without building keys; times shown in Libya's time; and the current user's DTM permissions.
 */
@Component
class FieldLabels {

    static final DateTimeFormatter LIBYA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Each code with its label {@code <prefix><code>}, in the given order. */
    Map<String, String> of(String prefix, Collection<String> codes, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        codes.forEach(code -> labels.put(code, messages.getMessage(prefix + code, null, code, locale)));
        return labels;
    }

    /** What every DTM field form needs: the sex and age fields with their labels, and the nationality rows. */
    void forms(org.springframework.ui.Model model, Locale locale) {
        List<String> sexAge = org.masar.dtm.FlowMonitoring.SEX_AGE.stream()
                .map(key -> key.replace('.', '-'))
                .toList();
        model.addAttribute("sexAge", sexAge);
        model.addAttribute("sexAgeLabels", of("dtm-field.sex-age.", sexAge, locale));
        model.addAttribute(
                "rows",
                java.util.stream.IntStream.rangeClosed(1, FieldForms.NATIONALITY_ROWS)
                        .boxed()
                        .toList());
    }

    /** The fields in error as a reader sees them: the field's label, then why. */
    List<String> errors(InvalidFields refused, Locale locale) {
        return refused.fields().stream()
                .map(field -> field(field.field(), locale) + ": "
                        + messages.getMessage(field.code(), null, field.code(), locale))
                .distinct()
                .toList();
    }

    /**
     * A field's path as a reader says it: each part by its label ({@code dtm-field.field.<part>}), a part without one
     * (a nationality's code, a list's index) as it is: {@code incoming.sexAge} is "Incoming › By sex and age".
     */
    String field(String path, Locale locale) {
        List<String> parts = new java.util.ArrayList<>();
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]$", "");
            parts.add(messages.getMessage("dtm-field.field." + name, null, part, locale));
        }
        return String.join(" › ", parts);
    }

    /** An instant as Libya's clock showed it. */
    static String libya(Instant instant) {
        return LocalDateTime.ofInstant(instant, MissionTime.ZONE).format(LIBYA_TIME);
    }

    /** Whether the signed-in user holds the permission. */
    static boolean holds(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(permission::equals);
    }
}
