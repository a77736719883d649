package org.masar.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The command-line verification links what is committed, runs without a signed-in user and leaves no authority behind. */
@MasarIntegrationTest
class AuditVerificationCommandTests {

    @Autowired
    AuditVerificationCommand command;

    @Autowired
    AuditTrail audit;

    @Test
    void verifiesAsTheSystemWithoutASignedInUser() {
        audit.record(AuditEvent.of("test.command.verified"));
        var result = command.verifyAsSystem();
        assertThat(result.intact()).isTrue();
        // It links what is committed before walking, so an entry just written is checked, not pending.
        assertThat(result.entriesChecked()).isPositive();
        assertThat(result.pendingEntries()).isZero();
        assertThat(AuditVerificationCommand.describe(result)).startsWith("Audit chain intact");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
