package org.masar.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.masar.people.AgeBand;
import org.masar.people.NamePart;
import org.masar.people.People;
import org.masar.people.PersonFilter;
import org.masar.people.PersonSummary;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.masar.shared.spreadsheet.SpreadsheetText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A list of people as a spreadsheet (CSV, UTF-8 with a byte-order mark so that spreadsheet programs show Arabic
 * right): what the list shows and nothing more (no phones, no documents), for holders of {@code people:export}, audited
 * by the face. A cell that a spreadsheet would run as a formula is written as text.
 */
@Controller
class PeopleExport {

    private final People people;
    private final MessageSource messages;

    PeopleExport(People people, MessageSource messages) {
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/people/export.csv")
    void export(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Sex sex,
            @RequestParam(required = false) @Nullable AgeBand ageBand,
            @RequestParam(required = false) @Nullable String nationality,
            @RequestParam(required = false) @Nullable PopulationGroup populationGroup,
            @RequestParam(required = false) @Nullable String baladiya,
            HttpServletResponse response)
            throws IOException {
        List<PersonSummary> rows = people.export(
                new PersonFilter(blank(q), sex, ageBand, blank(nationality), populationGroup, blank(baladiya)));
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"people.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(List.of(
                            "registration-number",
                            "given-name",
                            "father-name",
                            "grandfather-name",
                            "family-name",
                            "sex",
                            "age",
                            "nationality",
                            "population-group",
                            "baladiya")
                    .stream()
                    .map(column -> messages.getMessage("people.export.column." + column, null, column, locale))
                    .toList());
            for (PersonSummary row : rows) {
                csv.printRecord(
                        row.registrationNumber(),
                        cell(row.names().given()),
                        cell(row.names().father()),
                        cell(row.names().grandfather()),
                        cell(row.names().family()),
                        row.sex().name(),
                        row.age() == null ? "" : row.age().toString(),
                        text(row.nationality()),
                        row.populationGroup() == null
                                ? ""
                                : row.populationGroup().code(),
                        text(row.baladiya()));
            }
        }
    }

    /** A name part in both scripts, Arabic first. */
    private static String cell(NamePart part) {
        String both = part.ar() != null && part.lat() != null
                ? part.ar() + " / " + part.lat()
                : part.ar() != null ? part.ar() : part.lat() != null ? part.lat() : "";
        return text(both);
    }

    /** What the person's record holds, never run as a formula by the spreadsheet that opens the file. */
    private static String text(@Nullable String value) {
        String safe = SpreadsheetText.safe(value);
        return safe == null ? "" : safe;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
