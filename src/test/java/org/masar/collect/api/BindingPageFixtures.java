package org.masar.collect.api;

import org.masar.collect.BindingTestSupport;

/** The assessment form, its mapping and its answers, for the binding page's tests. */
public final class BindingPageFixtures {

    private BindingPageFixtures() {}

    public static final String ASSESSMENT_MAPPING = """
            {"round": "${round}", "pcode": "${baladiya}", "figures": {"idps.ind": "${idps_ind}"}}
            """;

    public static byte[] assessmentForm(String formId) {
        return BindingTargetsTests.assessmentForm(formId);
    }

    public static BindingTestSupport.Answers assessment(String round) {
        return BindingTargetsTests.assessment(round, "LY021401", "120");
    }
}
