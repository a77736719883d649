package org.masar.cases;

/**
 * The services a person may need, as a case's service plan names them: the referral catalogue's services and the
 * mission's own assistance. A short list kept as code (and as a CHECK in the migration) because reports count by it;
 * its labels are {@code cases.service.<NAME>} in the bundles.
 */
public enum ServicePlanService {
    MEDICAL,
    MHPSS,
    SHELTER,
    FOOD_NFI,
    LEGAL,
    PROTECTION,
    VOLUNTARY_RETURN,
    LIVELIHOODS,
    EDUCATION,
    CASH,
    FAMILY_TRACING,
    DOCUMENTATION
}
