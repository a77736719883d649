package org.masar.dtm;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The file is not a CSV or XLSX file that can be read, has no rows, the sheet does not exist, or the mapping names a
 * column the file lacks: a 400, and nothing is imported or kept.
 */
public class UnreadableImport extends ProblemException {

    /** @param what the file, sheet or column that could not be read or found */
    public UnreadableImport(String what) {
        super("dtm.import-unreadable", HttpStatus.BAD_REQUEST, what.length() > 80 ? what.substring(0, 80) : what);
    }
}
