package org.masar.assistance;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The provider's report lacks columns it must have (reference, amount, currency, status, date): a 400 naming those
 * missing and those the file has, nothing recorded.
 */
public class PaymentReportColumns extends ProblemException {

    public PaymentReportColumns(String missing, String found) {
        super(
                "assistance.payment-report-columns",
                HttpStatus.BAD_REQUEST,
                missing,
                found.length() > 200 ? found.substring(0, 200) : found);
    }
}
