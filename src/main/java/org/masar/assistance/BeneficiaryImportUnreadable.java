package org.masar.assistance;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** The file is not a CSV or XLSX spreadsheet that can be read (or unpacks too large): a 400. */
public class BeneficiaryImportUnreadable extends ProblemException {

    public BeneficiaryImportUnreadable(String what) {
        super("assistance.import-unreadable", HttpStatus.BAD_REQUEST, what);
    }
}
