package org.masar.geo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.masar.geo.SiteType;

/** The request's list of type names, which Bean Validation needs as a constant, is the enum's. */
class SiteRequestTests {

    @Test
    void theValidatedTypeNamesAreExactlyTheSiteTypes() {
        assertThat(SiteRequest.TYPES.split("\\|"))
                .containsExactlyElementsOf(
                        Arrays.stream(SiteType.values()).map(Enum::name).toList());
    }
}
