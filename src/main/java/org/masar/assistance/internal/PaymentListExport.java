package org.masar.assistance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.Transfer;
import org.masar.shared.spreadsheet.SpreadsheetText;

/**
 * The payment list as the provider gets it, written by commons-csv or fastexcel: one row per live transfer with its
 * reference (which the provider's report quotes back), the person's registration number and names, the amount,
 * currency, mechanism and vendor. The columns the provider's report must have are the first ones (reference, amount,
 * currency), followed by status and date left for the provider.
 */
public final class PaymentListExport {

    /** The header of the export. */
    public static final List<String> HEADER = List.of(
            "reference",
            "amount",
            "currency",
            "status",
            "date",
            "registration_number",
            "name_lat",
            "name_ar",
            "mechanism",
            "vendor",
            "household");

    private PaymentListExport() {}

    /** What users typed (names, the vendor), never run as a formula by the spreadsheet that opens the file. */
    private static String text(@Nullable String value) {
        String safe = SpreadsheetText.safe(value);
        return safe == null ? "" : safe;
    }

    private static List<Object> cells(Transfer t) {
        return List.of(
                t.reference(),
                t.amount().toPlainString(),
                t.currency(),
                "",
                "",
                t.registrationNumber(),
                text(t.nameLat()),
                text(t.nameAr()),
                t.mechanism(),
                text(t.vendor()),
                t.household() == null ? "" : t.household().toString());
    }

    public static byte[] csv(List<Transfer> transfers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (Transfer t : transfers) {
                printer.printRecord(cells(t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(List<Transfer> transfers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Masar", "1.0");
            Worksheet sheet = workbook.newWorksheet("payment list");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int r = 0; r < transfers.size(); r++) {
                List<Object> cells = cells(transfers.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 1) {
                        sheet.value(r + 1, c, transfers.get(r).amount());
                    } else {
                        sheet.value(r + 1, c, cells.get(c).toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
