package org.masar.dtm.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a round as something with states: planned → collecting → validating → published. It guards its
 * transitions and raises their events; {@link RoundLifecycleRepository#save} publishes them with the transaction.
 *
 * <p>Only the columns the lifecycle owns are mapped. A version is created (the round's first, or a correction) by
 * {@link RoundService} in SQL; what it holds (assessments, gaps, imports, flags) is written in SQL by the services,
 * each of which first asks the lifecycle whether the version is open ({@link #requireOpen()}).
 */
@Table("dtm_round_version")
class RoundLifecycle extends AbstractAggregateRoot<RoundLifecycle> {

    @Id
    private final RoundVersionId id;

    @ReadOnlyProperty
    private final RoundId roundId;

    @ReadOnlyProperty
    @Column("version")
    private final int number;

    private RoundStatus status;
    private @Nullable UUID publicationRequest;
    private @Nullable Instant publishedAt;
    private @Nullable String publishedBy;
    private @Nullable String approvedBy;
    private Instant updatedAt;
    private String updatedBy;

    /** Spring Data JDBC's optimistic lock: a save of a stale copy fails, on any node. */
    @Version
    private @Nullable Integer lockVersion;

    @PersistenceCreator
    RoundLifecycle(
            RoundVersionId id,
            RoundId roundId,
            int number,
            RoundStatus status,
            @Nullable UUID publicationRequest,
            @Nullable Instant publishedAt,
            @Nullable String publishedBy,
            @Nullable String approvedBy,
            Instant updatedAt,
            String updatedBy,
            @Nullable Integer lockVersion) {
        this.id = id;
        this.roundId = roundId;
        this.number = number;
        this.status = status;
        this.publicationRequest = publicationRequest;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.approvedBy = approvedBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.lockVersion = lockVersion;
    }

    /** PLANNED → COLLECTING. */
    void startCollection(String by, Instant at) {
        if (status != RoundStatus.PLANNED) {
            throw new RoundTransitionRefused(roundId, status, "collect");
        }
        status = RoundStatus.COLLECTING;
        touch(by, at);
        registerEvent(new RoundCollectionStarted(roundId));
    }

    /** COLLECTING → VALIDATING; a version already validating stays so (validation runs again). */
    void startValidation(String by, Instant at) {
        requireOpen();
        if (status == RoundStatus.COLLECTING) {
            status = RoundStatus.VALIDATING;
            touch(by, at);
            registerEvent(new RoundValidationStarted(roundId));
        }
    }

    /** Refuses any change to what the version holds unless it is collecting or validating with nothing pending. */
    void requireOpen() {
        if (!status.open()) {
            throw new RoundNotOpen(roundId, status);
        }
        if (publicationRequest != null) {
            throw new PublicationPending(roundId);
        }
    }

    /** Records the maker-checker command that asks for publication; only a validating version may be published. */
    void requestPublication(UUID request, String by, Instant at) {
        if (status != RoundStatus.VALIDATING) {
            throw new RoundTransitionRefused(roundId, status, "publish");
        }
        if (publicationRequest != null) {
            throw new PublicationPending(roundId);
        }
        publicationRequest = request;
        touch(by, at);
    }

    /** The request was rejected or withdrawn: the version may change again. */
    void dropPublicationRequest(UUID request, String by, Instant at) {
        if (request.equals(publicationRequest)) {
            publicationRequest = null;
            touch(by, at);
        }
    }

    /** VALIDATING → PUBLISHED, as the second officer approved the maker's request: the version is frozen from now on. */
    void publish(UUID request, String maker, String approver, Instant at) {
        if (status != RoundStatus.VALIDATING || !request.equals(publicationRequest)) {
            throw new RoundTransitionRefused(roundId, status, "publish");
        }
        status = RoundStatus.PUBLISHED;
        publicationRequest = null;
        publishedAt = at;
        publishedBy = maker;
        approvedBy = approver;
        touch(approver, at);
        registerEvent(new RoundPublished(roundId));
    }

    /** Checks that this published version may be corrected, and raises the event of the correction opened. */
    void correct() {
        if (status != RoundStatus.PUBLISHED) {
            throw new RoundTransitionRefused(roundId, status, "correct");
        }
        registerEvent(new RoundCorrectionOpened(roundId));
    }

    private void touch(String by, Instant at) {
        updatedAt = at;
        updatedBy = by;
    }

    /** The events raised and not yet published; overridden only so that this package's tests can read them. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }

    RoundVersionId id() {
        return id;
    }

    RoundId roundId() {
        return roundId;
    }

    int number() {
        return number;
    }

    RoundStatus status() {
        return status;
    }

    @Nullable
    UUID publicationRequest() {
        return publicationRequest;
    }

    @Nullable
    String publishedBy() {
        return publishedBy;
    }

    @Nullable
    String approvedBy() {
        return approvedBy;
    }
}
