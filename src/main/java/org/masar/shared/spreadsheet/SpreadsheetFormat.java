package org.masar.shared.spreadsheet;

/** The two files every export is written as. */
public enum SpreadsheetFormat {
    /** UTF-8 with a byte-order mark, so that spreadsheet programs show Arabic as it is; one table per file. */
    CSV("text/csv;charset=UTF-8", "csv"),
    /** Office Open XML; one sheet per table. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    SpreadsheetFormat(String contentType, String extension) {
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
