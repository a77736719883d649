package org.masar.dtm.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.FlowMonitoring;
import org.masar.dtm.FlowMonitoringNewCount;
import org.masar.shared.InvalidFields;

/**
 * Reads the DTM field forms, posted as flat parameters ({@code in-total}, {@code in-f-children},
 * {@code in-nat1}/{@code in-nat1-count}…), into the face's commands. What cannot be read (a word where a number goes)
 * is collected as fields in error, the face's own checks then add theirs; the form is shown again with what was typed.
 */
final class FieldForms {

    /** How many nationality rows a form offers per direction. */
    static final int NATIONALITY_ROWS = 3;

    private final Map<String, String> params;
    private final List<InvalidFields.Field> errors = new ArrayList<>();

    FieldForms(Map<String, String> params) {
        this.params = params;
    }

    List<InvalidFields.Field> errors() {
        return errors;
    }

    @Nullable
    String text(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Nullable
    Long number(String name) {
        return number(name, name);
    }

    /** A number posted as {@code name}, refused (when it is not one) under the face's name of the field. */
    @Nullable
    Long number(String name, String field) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            errors.add(new InvalidFields.Field(field, "dtm-field.invalid.count"));
            return null;
        }
    }

    @Nullable
    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            errors.add(new InvalidFields.Field(name, "dtm-field.invalid.required"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            errors.add(new InvalidFields.Field(name, "dtm-field.invalid.date"));
            return null;
        }
    }

    @Nullable
    LocalDateTime dateTime(String name, boolean required) {
        String value = text(name);
        if (value == null) {
            if (required) {
                errors.add(new InvalidFields.Field(name, "dtm-field.invalid.required"));
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException notATime) {
            errors.add(new InvalidFields.Field(name, "dtm-field.invalid.date"));
            return null;
        }
    }

    /**
     * One direction's count (or a population) posted under a prefix ({@code in}, {@code out}, {@code population}): the
     * total, sex and age, nationality rows. Fields in error are named as the face names them ({@code incoming.total}).
     */
    FlowMonitoringNewCount.Flow flow(String prefix, String field) {
        Long total = number(prefix + "-total", field + ".total");
        if (total == null && text(prefix + "-total") == null) {
            errors.add(new InvalidFields.Field(field + ".total", "dtm-field.invalid.required"));
        }
        Map<String, Long> sexAge = new LinkedHashMap<>();
        for (String key : FlowMonitoring.SEX_AGE) {
            Long value = number(prefix + "-" + key.replace('.', '-'), field + ".sexAge." + key);
            if (value != null) {
                sexAge.put(key, value);
            }
        }
        Map<String, Long> nationality = new LinkedHashMap<>();
        for (int row = 1; row <= NATIONALITY_ROWS; row++) {
            String code = text(prefix + "-nat" + row);
            Long value = number(prefix + "-nat" + row + "-count", field + ".nationality");
            if (code != null && value != null) {
                nationality.merge(code.toUpperCase(Locale.ROOT), value, Long::sum);
            }
        }
        return new FlowMonitoringNewCount.Flow(total == null ? 0 : total, sexAge, nationality);
    }
}
