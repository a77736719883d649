package org.masar.referrals;

import java.util.Locale;
import java.util.Optional;

/**
 * What a referral may share with its receiver, each chosen by the sender: the values are copied into the referral when
 * it is sent, and nothing else of the person ever reaches the receiver. Labels {@code referrals.field.<code>}.
 */
public enum SharedField {
    /** The registration number, to say over the phone. */
    REGISTRATION_NUMBER,
    /** The name parts, in each script given. */
    NAMES,
    SEX,
    /** Age in whole years at send time. */
    AGE,
    NATIONALITY,
    PHONES,
    LANGUAGES,
    /** The baladiya the person lives in (its P-code). */
    BALADIYA,
    /** The sender's reason for the referral. */
    REASON,
    /** The type of the case the referral was made from. */
    CASE_TYPE;

    /** The API's spelling ({@code registration-number}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SharedField> of(String code) {
        for (SharedField field : values()) {
            if (field.code().equals(code)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
