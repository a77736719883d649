package org.masar.assistance;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.masar.people.PersonId;

/** What a list of delivered services is narrowed to; nulls mean any. Voided services are listed, marked. */
public record ServiceFilter(
        @Nullable PersonId person,
        @Nullable String programme,
        @Nullable String project,
        @Nullable YearMonth month) {

    public static ServiceFilter none() {
        return new ServiceFilter(null, null, null, null);
    }
}
