package org.masar.assistance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.PaymentMismatch;
import org.masar.assistance.PaymentReportColumns;
import org.masar.assistance.PaymentReportUnreadable;
import org.masar.assistance.Transfer;
import org.masar.shared.spreadsheet.SpreadsheetReader;

/**
 * A cash provider's report, read through the one spreadsheet reader: a row per transfer with its reference, amount,
 * currency, status ({@code paid} or {@code collected}, or {@code failed}) and date. Columns are found by their header
 * (any letter case, spaces or underscores); a report lacking one is refused whole, naming it. Cells that cannot be
 * read make an {@code invalid-row} mismatch: never a guess.
 */
final class ProviderReport {

    /** The columns a report must have, and the headers each may go by. */
    static final Map<String, List<String>> COLUMNS = columns();

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("reference", List.of("reference", "transfer reference", "transfer ref", "ref"));
        columns.put("amount", List.of("amount", "amount paid"));
        columns.put("currency", List.of("currency"));
        columns.put("status", List.of("status"));
        columns.put("date", List.of("date", "paid on", "collected on", "date paid"));
        return columns;
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    /** One row as read; {@code invalid} names the first column that could not be read. */
    record Row(
            int line,
            String reference,
            @Nullable BigDecimal amount,
            String currency,
            @Nullable String status,
            @Nullable LocalDate date,
            @Nullable String invalid) {}

    /** A status the report gives that confirming records. */
    record Update(Transfer transfer, String status, LocalDate on, int line) {}

    /** The report against the list. */
    record Outcome(int matched, List<PaymentMismatch> mismatches, List<Update> updates, boolean applicable) {}

    private final List<Row> rows;

    private ProviderReport(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    static ProviderReport read(String fileName, byte[] content, LocalDate today) {
        SpreadsheetReader.Table table;
        try {
            table = SpreadsheetReader.read(fileName, content, null);
        } catch (SpreadsheetReader.Unreadable unreadable) {
            throw new PaymentReportUnreadable(unreadable.what());
        } catch (SpreadsheetReader.TooLarge tooLarge) {
            throw new PaymentReportUnreadable(fileName);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < table.header().size(); c++) {
            String header = normal(table.header().get(c));
            for (var column : COLUMNS.entrySet()) {
                if (column.getValue().contains(header) && !index.containsKey(column.getKey())) {
                    index.put(column.getKey(), c);
                }
            }
        }
        List<String> missing = COLUMNS.keySet().stream()
                .filter(column -> !index.containsKey(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new PaymentReportColumns(String.join(", ", missing), String.join(", ", table.header()));
        }
        List<Row> rows = new ArrayList<>();
        for (SpreadsheetReader.Line line : table.rows()) {
            String reference = line.cell(index.get("reference")).strip().toUpperCase(Locale.ROOT);
            String invalid = reference.isEmpty() ? "reference" : null;
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(line.cell(index.get("amount")).strip().replace(",", ""));
            } catch (NumberFormatException unreadable) {
                invalid = invalid == null ? "amount" : invalid;
            }
            String currency = line.cell(index.get("currency")).strip().toUpperCase(Locale.ROOT);
            if (!currency.matches("[A-Z]{3}")) {
                invalid = invalid == null ? "currency" : invalid;
            }
            String status = switch (line.cell(index.get("status")).strip().toLowerCase(Locale.ROOT)) {
                case "paid", "collected" -> "collected";
                case "failed" -> "failed";
                default -> null;
            };
            if (status == null) {
                invalid = invalid == null ? "status" : invalid;
            }
            LocalDate date = date(line.cell(index.get("date")));
            if (date == null || date.isAfter(today) || date.isBefore(LocalDate.of(2000, 1, 1))) {
                invalid = invalid == null ? "date" : invalid;
            }
            rows.add(new Row(line.number(), reference, amount, currency, status, date, invalid));
        }
        return new ProviderReport(rows);
    }

    /** Every difference, in the report's order, then the list's transfers no row names. */
    Outcome against(List<Transfer> transfers) {
        Map<String, Transfer> byReference = new HashMap<>();
        transfers.forEach(t -> byReference.put(t.reference(), t));
        List<PaymentMismatch> mismatches = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int matched = 0;
        boolean blocking = false;
        for (Row row : rows) {
            if (!row.reference().isEmpty() && !seen.add(row.reference())) {
                mismatches.add(new PaymentMismatch("duplicate-row", row.line(), row.reference(), null, null, false));
                blocking = true;
                continue;
            }
            if (row.invalid() != null) {
                mismatches.add(
                        new PaymentMismatch("invalid-row", row.line(), row.reference(), null, row.invalid(), false));
                blocking = true;
                continue;
            }
            Transfer transfer = byReference.get(row.reference());
            if (transfer == null) {
                mismatches.add(new PaymentMismatch("not-in-list", row.line(), row.reference(), null, null, false));
                blocking = true;
                continue;
            }
            boolean agrees = true;
            if (row.amount() == null || row.amount().compareTo(transfer.amount()) != 0) {
                mismatches.add(new PaymentMismatch(
                        "amount-differs",
                        row.line(),
                        row.reference(),
                        transfer.amount().toPlainString(),
                        row.amount() == null ? null : row.amount().toPlainString(),
                        false));
                agrees = false;
                blocking = true;
            }
            if (!row.currency().equals(transfer.currency())) {
                mismatches.add(new PaymentMismatch(
                        "currency-differs", row.line(), row.reference(), transfer.currency(), row.currency(), false));
                agrees = false;
                blocking = true;
            }
            if (!transfer.status().equals(row.status())) {
                boolean applicable = "sent".equals(transfer.status());
                mismatches.add(new PaymentMismatch(
                        "status-differs", row.line(), row.reference(), transfer.status(), row.status(), applicable));
                agrees = false;
                if (applicable) {
                    updates.add(new Update(transfer, row.status(), row.date(), row.line()));
                } else {
                    blocking = true;
                }
            }
            if (agrees) {
                matched++;
            }
        }
        for (Transfer transfer : transfers) {
            boolean live = !"cancelled".equals(transfer.status()) && !"failed".equals(transfer.status());
            if (live && !seen.contains(transfer.reference())) {
                mismatches.add(new PaymentMismatch(
                        "missing-from-report", 0, transfer.reference(), transfer.status(), null, false));
                blocking = true;
            }
        }
        return new Outcome(matched, mismatches, updates, !blocking && !updates.isEmpty());
    }

    private static @Nullable LocalDate date(String text) {
        String value = text.strip();
        if (value.length() > 10 && value.charAt(10) == 'T' || value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10);
        }
        if (value.matches("[0-9]{5}(\\.0+)?")) {
            // A date cell of a sheet, as its serial number of days.
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return null;
    }

    private static String normal(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }
}
