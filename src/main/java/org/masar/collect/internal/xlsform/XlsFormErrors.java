package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.CHOICES;
import static org.masar.collect.internal.xlsform.XlsFormConverter.ENTITIES_SHEET;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SETTINGS;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.collect.XlsFormInvalid;

/**
 * The errors found in one workbook: each recorded once with its sheet and row, and thrown together as
 * {@link XlsFormInvalid}, ordered by sheet (survey, choices, settings, entities) and row.
 */
final class XlsFormErrors {

    private final List<XlsFormInvalid.Error> errors = new ArrayList<>();

    boolean isEmpty() {
        return errors.isEmpty();
    }

    XlsFormInvalid invalid() {
        List<String> order = List.of(SURVEY, CHOICES, SETTINGS, ENTITIES_SHEET);
        List<XlsFormInvalid.Error> sorted = new ArrayList<>(errors);
        sorted.sort(
                Comparator.comparingInt((XlsFormInvalid.Error e) -> e.sheet() == null ? -1 : order.indexOf(e.sheet()))
                        .thenComparingInt(e -> e.row() == null ? 0 : e.row()));
        return new XlsFormInvalid(sorted);
    }

    void error(@Nullable String sheet, @Nullable Integer row, String reason) {
        XlsFormInvalid.Error error = new XlsFormInvalid.Error(sheet, row, reason);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }
}
