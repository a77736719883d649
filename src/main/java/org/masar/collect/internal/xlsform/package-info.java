/**
 * Masar's own XLSForm converter: the workbook read into sheets of named cells ({@link XlsFormWorkbook}), the survey
 * built into a tree and checked ({@link XlsFormConverter}), and the ODK XForm written with the JDK's DOM, as pyxform
 * writes it (structure, binds, itext, secondary instances). Reached only through {@code collect.XlsForms}.
 */
@NullMarked
package org.masar.collect.internal.xlsform;

import org.jspecify.annotations.NullMarked;
