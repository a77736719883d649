package org.masar.collect;

/**
 * The XLSForm converter: an {@code .xlsx} workbook in the XLSForm specification, as pyxform implements it, to an ODK
 * XForm. The one converter the form upload and {@code POST /api/v1/collect/xlsform} use. It reads the workbook only
 * (no database, no user): callers check permissions.
 */
public interface XlsForms {

    /**
     * Converts a workbook.
     *
     * @param workbook the {@code .xlsx} file's bytes
     * @param fileName the file's name as uploaded: as pyxform does, its stem names the form (its {@code form_id} and
     *     root element) when the {@code settings} sheet names none, so that two forms without one are not one form
     * @return the XForm and what the form server needs to know of it
     * @throws XlsFormInvalid naming every error found, each with its sheet, row and reason (a 400)
     */
    ConvertedXForm convert(byte[] workbook, String fileName);
}
