package org.masar.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/**
 * A cash or voucher transfer to a person, or to a household through one of its members.
 *
 * @param reference the short reference the provider gets in the payment list and quotes in its report
 * @param names the person's names as a list shows them (Arabic, Latin), and their registration number
 * @param status {@code draft} (in a list not yet approved), {@code approved}, {@code sent}, {@code collected},
 *     {@code failed} or {@code cancelled}
 * @param statusReason why it failed or was cancelled (or a note on another status)
 * @param service the service recorded when it was collected
 */
public record Transfer(
        TransferId id,
        String reference,
        PaymentListId list,
        CashCycleId cycle,
        PersonId person,
        String nameAr,
        String nameLat,
        String registrationNumber,
        @Nullable HouseholdId household,
        BigDecimal amount,
        String currency,
        String purpose,
        String mechanism,
        @Nullable String vendor,
        String status,
        @Nullable String statusReason,
        Instant statusAt,
        String statusBy,
        @Nullable ServiceId service) {}
