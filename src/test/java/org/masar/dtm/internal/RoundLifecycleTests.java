package org.masar.dtm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.dtm.PublicationPending;
import org.masar.dtm.RoundCollectionStarted;
import org.masar.dtm.RoundCorrectionOpened;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundNotOpen;
import org.masar.dtm.RoundPublished;
import org.masar.dtm.RoundStatus;
import org.masar.dtm.RoundTransitionRefused;
import org.masar.dtm.RoundValidationStarted;
import org.masar.dtm.RoundVersionId;

/** Every transition of a round version, allowed and refused, and the events it raises. */
class RoundLifecycleTests {

    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    final RoundId round = RoundId.random();

    RoundLifecycle version(RoundStatus status) {
        return new RoundLifecycle(RoundVersionId.random(), round, 1, status, null, null, null, null, AT, "test", 0);
    }

    @Test
    void aPlannedVersionIsOpenedForCollectionOnceAndTakesNoData() {
        RoundLifecycle version = version(RoundStatus.PLANNED);
        assertThatThrownBy(version::requireOpen).isInstanceOf(RoundNotOpen.class);
        assertThatThrownBy(() -> version.startValidation("officer", AT)).isInstanceOf(RoundNotOpen.class);
        version.startCollection("officer", AT);
        assertThat(version.status()).isEqualTo(RoundStatus.COLLECTING);
        assertThat(version.domainEvents()).containsExactly(new RoundCollectionStarted(round));
        assertThatThrownBy(() -> version.startCollection("officer", AT)).isInstanceOf(RoundTransitionRefused.class);
    }

    @Test
    void validationStartsOnceAndPublicationNeedsARequestThenTheApprovalOfThatRequest() {
        RoundLifecycle version = version(RoundStatus.COLLECTING);
        UUID request = UUID.randomUUID();
        assertThatThrownBy(() -> version.requestPublication(request, "maker", AT))
                .isInstanceOf(RoundTransitionRefused.class);
        version.startValidation("officer", AT);
        version.startValidation("officer", AT);
        assertThat(version.domainEvents()).containsExactly(new RoundValidationStarted(round));
        assertThatThrownBy(() -> version.publish(request, "maker", "checker", AT))
                .isInstanceOf(RoundTransitionRefused.class);
        version.requestPublication(request, "maker", AT);
        assertThatThrownBy(version::requireOpen).isInstanceOf(PublicationPending.class);
        assertThatThrownBy(() -> version.requestPublication(UUID.randomUUID(), "maker", AT))
                .isInstanceOf(PublicationPending.class);
        assertThatThrownBy(() -> version.publish(UUID.randomUUID(), "maker", "checker", AT))
                .isInstanceOf(RoundTransitionRefused.class);
        version.publish(request, "maker", "checker", AT);
        assertThat(version.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(version.publishedBy()).isEqualTo("maker");
        assertThat(version.approvedBy()).isEqualTo("checker");
        assertThat(version.publicationRequest()).isNull();
        assertThat(version.domainEvents()).contains(new RoundPublished(round));
        assertThatThrownBy(version::requireOpen).isInstanceOf(RoundNotOpen.class);
        version.correct();
        assertThat(version.domainEvents()).contains(new RoundCorrectionOpened(round));
    }

    @Test
    void aDroppedRequestReopensTheVersionAndOnlyAPublishedVersionIsCorrected() {
        RoundLifecycle version = version(RoundStatus.VALIDATING);
        UUID request = UUID.randomUUID();
        version.requestPublication(request, "maker", AT);
        version.dropPublicationRequest(UUID.randomUUID(), "checker", AT);
        assertThat(version.publicationRequest()).isEqualTo(request);
        version.dropPublicationRequest(request, "checker", AT);
        assertThat(version.publicationRequest()).isNull();
        version.requireOpen();
        assertThatThrownBy(version::correct).isInstanceOf(RoundTransitionRefused.class);
    }
}
