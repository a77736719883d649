package org.masar.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The command-line verification runs without a signed-in user and leaves no authority behind. */
@MasarIntegrationTest
class AuditVerificationCommandTests {

    @Autowired
    AuditVerificationCommand command;

    @Test
    void verifiesAsTheSystemWithoutASignedInUser() {
        var result = command.verifyAsSystem();
        assertThat(result.intact()).isTrue();
        assertThat(AuditVerificationCommand.describe(result)).startsWith("Audit chain intact");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
