/**
 * Spreadsheets users upload (CSV or XLSX), read the one way every import reads them: a header and numbered rows of
 * text, bounded in rows and in what an XLSX file may unpack to. What the columns mean stays in the importing module.
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
@NullMarked
package org.masar.shared.spreadsheet;

import org.jspecify.annotations.NullMarked;
