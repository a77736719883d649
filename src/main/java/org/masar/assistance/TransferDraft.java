package org.masar.assistance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/**
 * A transfer to add to a draft payment list: to the person, or to their household when {@code household} is given
 * (the person then collects it for the household and must be one of its members). The currency is LYD when none is
 * given; the purpose is the cycle's when none is given; a voucher names its vendor.
 */
public record TransferDraft(
        @Nullable PersonId person,
        @Nullable HouseholdId household,
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String purpose,
        @Nullable String mechanism,
        @Nullable String vendor) {}
