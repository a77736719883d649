package org.masar.collect;

/** The file an export of submissions is written as. */
public enum SubmissionExportFormat {
    /** UTF-8 with a byte-order mark (spreadsheet programs then show Arabic right); one table per file. */
    CSV("text/csv;charset=UTF-8", "csv"),
    /** One sheet for the submissions, one more for each repeat. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    SubmissionExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
