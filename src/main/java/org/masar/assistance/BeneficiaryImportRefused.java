package org.masar.assistance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A beneficiary list imported from a spreadsheet had rows in error: nothing was imported, and every row's errors are
 * answered at once (a 400 whose problem lists them).
 */
public class BeneficiaryImportRefused extends ProblemException {

    /**
     * One error of one row.
     *
     * @param row the row's number in the file (1 is the header)
     * @param column the column in error, when one is
     * @param code the message key that says why
     */
    public record RowError(int row, @Nullable String column, String code) {}

    private final int rows;
    private final List<RowError> errors;

    public BeneficiaryImportRefused(int rows, List<RowError> errors) {
        super("assistance.import-refused", HttpStatus.BAD_REQUEST);
        this.rows = rows;
        this.errors = List.copyOf(errors);
    }

    /** How many rows the file had (header excluded). */
    public int rows() {
        return rows;
    }

    public List<RowError> errors() {
        return errors;
    }
}
