package org.masar.collect;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The workbook is not a valid XLSForm: a 400 problem whose {@code errors} member lists every error found, each naming
 * its sheet, row (as the spreadsheet numbers it; none for an error of the whole sheet or file) and reason.
 */
public class XlsFormInvalid extends ProblemException {

    /**
     * One error.
     *
     * @param sheet the sheet ({@code survey}, {@code choices}, {@code settings}, {@code entities}), or none for the file
     * @param row the row as the spreadsheet numbers it (the header is row 1)
     * @param reason what is wrong, in English, as pyxform's messages say it
     */
    public record Error(@Nullable String sheet, @Nullable Integer row, String reason) {}

    private final List<Error> errors;

    public XlsFormInvalid(List<Error> errors) {
        super("collect.xlsform-invalid", HttpStatus.BAD_REQUEST, errors.size());
        this.errors = List.copyOf(errors);
    }

    /** Every error found, in the order of the workbook. */
    public List<Error> errors() {
        return errors;
    }
}
