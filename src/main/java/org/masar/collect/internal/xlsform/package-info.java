/**
 * Masar's own XLSForm converter: the workbook read into sheets of named cells ({@link XlsFormWorkbook}), the survey
 * built into a tree and checked, and the ODK XForm written with the JDK's DOM, as pyxform writes it (structure, binds,
 * itext, secondary instances). {@link XlsFormConverter} runs a conversion; each concern is a class of its own (sheets,
 * expressions, model, body, translations, choices, entities, output), listed in its comment. Reached only through
 * {@code collect.XlsForms}.
 */
@NullMarked
package org.masar.collect.internal.xlsform;

import org.jspecify.annotations.NullMarked;
