package org.masar.assistance;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** The provider's report is not a CSV or XLSX file that can be read (or is too large): a 400, nothing recorded. */
public class PaymentReportUnreadable extends ProblemException {

    public PaymentReportUnreadable(String what) {
        super(
                "assistance.payment-report-unreadable",
                HttpStatus.BAD_REQUEST,
                what.length() > 80 ? what.substring(0, 80) : what);
    }
}
