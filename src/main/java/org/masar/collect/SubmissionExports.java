package org.masar.collect;

import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A form's submissions as a spreadsheet, written to the stream as they are read from the database (flat memory
 * whatever their number). Needs {@code collect:export}; audited with its filter and the number of rows written.
 *
 * <p>Columns: {@code _instance_id}, {@code _received_at}, {@code _submitter}, {@code _version}, {@code
 * _review_state}, {@code _mapping_state}, then one per question outside repeats, in form order (the latest version's,
 * then those only older versions have), named by path. A repeat's instances are rows of their own table, linked by
 * {@code _instance_id} and numbered by {@code _index} ({@code 2.1} for the first instance of a nested repeat inside
 * the second): a sheet per repeat in XLSX; in CSV, the table named by {@code repeat}.
 */
public interface SubmissionExports {

    /**
     * Writes the export.
     *
     * @param repeat for CSV, the path of the repeat whose table to write instead of the submissions'
     * @throws FormNotFound when there is no such form
     * @throws org.masar.shared.InvalidFields when {@code repeat} is not one of the form's repeats
     */
    void export(
            String formId,
            SubmissionFilter filter,
            SubmissionExportFormat format,
            @Nullable String repeat,
            OutputStream out);
}
