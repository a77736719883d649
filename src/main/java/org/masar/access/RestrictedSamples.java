package org.masar.access;

/**
 * A sample of a module face guarding restricted records with {@link RestrictedRecords} and row-level security: the
 * example (and the test bed) that later modules follow. Any signed-in user may use it.
 */
public interface RestrictedSamples {

    /** The record type the rule and the policies know samples by. */
    String RECORD_TYPE = "access.restricted-sample";

    static RecordRef ref(RestrictedSampleId id) {
        return new RecordRef(RECORD_TYPE, id.value());
    }

    RestrictedSample create(String title, Sensitivity sensitivity, UserId assignedTo);

    /**
     * Reads a sample; a restricted one only by those the rule allows, audited either way.
     *
     * @throws RestrictedSampleNotFound when there is no such sample
     * @throws RestrictedRecordDenied when the signed-in user may not read it
     */
    RestrictedSample get(RestrictedSampleId id);

    /** Shares a sample with one more user, for a reason; the signed-in user must be able to read it. */
    void share(RestrictedSampleId id, UserId with, String reason);
}
