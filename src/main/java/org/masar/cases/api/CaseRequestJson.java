package org.masar.cases.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.shared.InvalidFields;

/** The bodies of the API's writes; ids are read here so that a malformed one is a field in error, never a 500. */
final class CaseRequestJson {

    private CaseRequestJson() {}

    /**
     * A case to open.
     *
     * @param assignee null: the caller
     * @param sensitivity {@code NORMAL} or {@code RESTRICTED}; null: the type's default
     */
    record Opening(
            @Nullable String caseType,
            @Nullable String person,
            @Nullable String household,
            @Nullable String office,
            @Nullable String assignee,
            @Nullable String sensitivity) {}

    /** A move to another stage of the case's type; a reason is needed to close. */
    record StageMove(
            @Nullable String to,
            @Nullable String reason,
            @Nullable Integer version) {}

    /** A reason, with the case's version (reopening, declining a transfer, removing a flag). */
    record Reasoned(@Nullable String reason, @Nullable Integer version) {}

    /** Only the case's version (accepting or cancelling a transfer). */
    record Versioned(@Nullable Integer version) {}

    /** A transfer to ask for: a named caseworker, or an office. */
    record Transfer(
            @Nullable String toUser,
            @Nullable String toOffice,
            @Nullable String reason,
            @Nullable Integer version) {}

    /** A flag: a short message and its date ({@code yyyy-MM-dd}). */
    record Flag(
            @Nullable String message,
            @Nullable String date,
            @Nullable Integer version) {}

    /** An assessment: an object of answers by question id, with the case's version. */
    record Assessment(
            tools.jackson.databind.@Nullable JsonNode answers,
            @Nullable Integer version) {}

    /** Reads the fields, collecting what is malformed. */
    static final class Reader {
        private final List<InvalidFields.Field> errors = new ArrayList<>();

        @Nullable
        UUID uuid(String field, @Nullable String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    errors.add(new InvalidFields.Field(field, "cases.validation.required"));
                }
                return null;
            }
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException malformed) {
                errors.add(new InvalidFields.Field(field, "cases.validation.does-not-fit"));
                return null;
            }
        }

        int version(@Nullable Integer version) {
            if (version == null) {
                errors.add(new InvalidFields.Field("version", "cases.validation.required"));
                return -1;
            }
            return version;
        }

        @Nullable
        LocalDate date(String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                errors.add(new InvalidFields.Field(field, "cases.validation.required"));
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException malformed) {
                errors.add(new InvalidFields.Field(field, "cases.validation.does-not-fit"));
                return null;
            }
        }

        void field(String field, String code) {
            errors.add(new InvalidFields.Field(field, code));
        }

        /** Throws the 400 {@code validation} problem when a field was malformed. */
        void check() {
            if (!errors.isEmpty()) {
                throw new InvalidFields(errors);
            }
        }
    }
}
