package org.masar.assistance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.BeneficiaryImportRefused.RowError;
import org.masar.assistance.BeneficiaryImportUnreadable;
import org.masar.people.DuplicateCandidate;
import org.masar.people.NamePart;
import org.masar.people.People;
import org.masar.people.PersonDetails;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonNames;
import org.masar.people.PersonRecord;
import org.masar.people.PersonSummary;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.masar.shared.Paging;
import org.masar.shared.spreadsheet.SpreadsheetReader;
import org.springframework.stereotype.Component;

/**
 * Reads a beneficiary list from a spreadsheet and finds each row's person: by registration number (a people search
 * within the user's scopes), or by names, sex and age matched through people's duplicate detection (a likely candidate
 * within the user's scopes is that person). Every error is collected, row by row; nothing is written here.
 */
@Component
class BeneficiaryImporter {

    static final String REGISTRATION_NUMBER = "registration_number";

    /** The columns a file may have (header names, in any case, spaces or hyphens for underscores). */
    static final Set<String> COLUMNS = Set.of(
            REGISTRATION_NUMBER,
            "given_name",
            "father_name",
            "grandfather_name",
            "family_name",
            "given_name_ar",
            "father_name_ar",
            "grandfather_name_ar",
            "family_name_ar",
            "sex",
            "age",
            "date_of_birth",
            "nationality",
            "phone");

    static final Set<String> NAME_COLUMNS = Set.of(
            "given_name",
            "father_name",
            "grandfather_name",
            "family_name",
            "given_name_ar",
            "father_name_ar",
            "grandfather_name_ar",
            "family_name_ar");

    /** A row whose person was found. */
    record Found(int row, PersonRecord person) {}

    private final People people;

    BeneficiaryImporter(People people) {
        this.people = people;
    }

    static SpreadsheetReader.Table read(String fileName, byte[] content, @Nullable String sheet) {
        try {
            return SpreadsheetReader.read(fileName, content, sheet);
        } catch (SpreadsheetReader.Unreadable unreadable) {
            throw new BeneficiaryImportUnreadable(unreadable.what());
        } catch (SpreadsheetReader.TooLarge tooLarge) {
            throw new BeneficiaryImportUnreadable(fileName);
        }
    }

    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The rows' persons, adding every error met to {@code errors}. */
    List<Found> resolve(SpreadsheetReader.Table table, LocalDate today, List<RowError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            if (name.isBlank()) {
                continue;
            }
            String key = key(name);
            if (!COLUMNS.contains(key)) {
                errors.add(new RowError(1, name, "assistance.distributions.import.unknown-column"));
            } else if (columns.putIfAbsent(key, i) != null) {
                errors.add(new RowError(1, name, "assistance.distributions.import.repeated-column"));
            }
        }
        if (!columns.containsKey(REGISTRATION_NUMBER)
                && columns.keySet().stream().noneMatch(NAME_COLUMNS::contains)) {
            errors.add(new RowError(1, REGISTRATION_NUMBER, "assistance.distributions.import.missing-columns"));
        }
        if (table.rows().isEmpty()) {
            errors.add(new RowError(1, null, "assistance.distributions.import.no-rows"));
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (SpreadsheetReader.Line line : table.rows()) {
            person(line, columns, today, errors).ifPresent(person -> found.add(new Found(line.number(), person)));
        }
        return found;
    }

    private Optional<PersonRecord> person(
            SpreadsheetReader.Line line, Map<String, Integer> columns, LocalDate today, List<RowError> errors) {
        String number = cell(line, columns, REGISTRATION_NUMBER);
        if (number != null) {
            String digits = number.replaceAll("\\D", "");
            if (digits.isEmpty()) {
                errors.add(new RowError(line.number(), REGISTRATION_NUMBER, "assistance.distributions.import.number"));
                return Optional.empty();
            }
            for (PersonSummary summary : people.search(
                            new PersonFilter(digits, null, null, null, null, null), Paging.first(10))
                    .items()) {
                if (summary.registrationNumber().replaceAll("\\D", "").equals(digits)) {
                    return Optional.of(people.get(summary.id()));
                }
            }
            errors.add(
                    new RowError(line.number(), REGISTRATION_NUMBER, "assistance.distributions.error.unknown-person"));
            return Optional.empty();
        }
        int before = errors.size();
        PersonNames names = new PersonNames(
                new NamePart(cell(line, columns, "given_name_ar"), cell(line, columns, "given_name")),
                new NamePart(cell(line, columns, "father_name_ar"), cell(line, columns, "father_name")),
                new NamePart(cell(line, columns, "grandfather_name_ar"), cell(line, columns, "grandfather_name")),
                new NamePart(cell(line, columns, "family_name_ar"), cell(line, columns, "family_name")));
        if (!names.hasAny()) {
            errors.add(new RowError(line.number(), "given_name", "assistance.distributions.import.name-required"));
        }
        Sex sex = sex(cell(line, columns, "sex"));
        if (sex == null) {
            errors.add(new RowError(line.number(), "sex", "assistance.distributions.import.sex"));
        }
        Integer age = null;
        String ageText = cell(line, columns, "age");
        if (ageText != null) {
            try {
                age = Integer.valueOf(ageText.replaceAll("\\.0+$", ""));
                if (age < 0 || age > 120) {
                    throw new NumberFormatException(ageText);
                }
            } catch (NumberFormatException malformed) {
                errors.add(new RowError(line.number(), "age", "assistance.distributions.import.age"));
            }
        }
        LocalDate born = null;
        String bornText = cell(line, columns, "date_of_birth");
        if (bornText != null) {
            try {
                born = LocalDate.parse(bornText);
            } catch (DateTimeParseException malformed) {
                errors.add(new RowError(line.number(), "date_of_birth", "assistance.distributions.import.date"));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        String phone = cell(line, columns, "phone");
        PersonDetails details = new PersonDetails(
                names,
                sex,
                born,
                born == null ? age : null,
                born == null && age != null ? today : null,
                cell(line, columns, "nationality"),
                null,
                List.of(),
                phone == null ? List.of() : List.of(phone),
                List.of(),
                null,
                null);
        List<DuplicateCandidate> candidates;
        try {
            candidates = people.duplicateCandidates(details);
        } catch (InvalidFields invalid) {
            for (InvalidFields.Field field : invalid.fields()) {
                errors.add(new RowError(line.number(), field.field(), field.code()));
            }
            return Optional.empty();
        }
        Optional<PersonId> likely = candidates.stream()
                .filter(candidate -> candidate.likely() && candidate.inScope())
                .map(candidate -> candidate.person().id())
                .findFirst();
        if (likely.isEmpty()) {
            errors.add(new RowError(line.number(), null, "assistance.distributions.error.unknown-person"));
            return Optional.empty();
        }
        return Optional.of(people.get(people.current(likely.get())));
    }

    private static @Nullable Sex sex(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male", "ذكر", "ذ" -> Sex.M;
            case "f", "female", "أنثى", "انثى", "أ" -> Sex.F;
            default -> null;
        };
    }

    private static @Nullable String cell(SpreadsheetReader.Line line, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String text = line.cell(index).strip();
        return text.isEmpty() ? null : text;
    }
}
