package org.masar.dtm;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The spreadsheet unpacks to more than an import may hold (an XLSX file is a zip, and a few megabytes can unpack to
 * gigabytes): a 413, refused before any of it is parsed, and nothing is imported or kept.
 */
public class ImportTooLarge extends ProblemException {

    /** @param limitMegabytes how much an import may unpack to */
    public ImportTooLarge(long limitMegabytes) {
        super("dtm.import-too-large", HttpStatus.CONTENT_TOO_LARGE, limitMegabytes);
    }
}
