package org.masar.access.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.masar.access.SystemIdentity;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work as the system identity: the security context names {@link SystemPrincipal} for the duration, so every
 * transaction started meanwhile tells PostgreSQL {@code masar.user_id = access_system_user()} (see {@link
 * UserAwareTransactionManager}). A transaction already open when the run starts was named for someone else at its
 * start, so its setting is switched for the run and switched back after.
 */
@Service
class SystemIdentityService implements SystemIdentity {

    static final String RUN = "access.system-identity.run";

    private static final String SET = "SELECT set_config('masar.user_id', :id, true)";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SystemIdentityService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public <T extends @Nullable Object> T run(String reason, Supplier<T> work) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("The system identity acts only for a stated reason");
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        @Nullable String startedBy = Actor.username().orElse(null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SystemPrincipal.authentication());
        SecurityContextHolder.setContext(context);
        try {
            AuditEvent start = AuditEvent.of(RUN).because(reason.strip());
            // A run started on a user's thread (a listener called in their request) names them, so it is traceable.
            audit.record(
                    startedBy == null || SystemIdentity.NAME.equals(startedBy)
                            ? start
                            : start.with("startedBy", startedBy));
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return work.get();
            }
            return inOpenTransaction(work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public boolean isActive() {
        return SystemPrincipal.isActing();
    }

    private <T extends @Nullable Object> T inOpenTransaction(Supplier<T> work) {
        String before = jdbc.sql("SELECT coalesce(current_setting('masar.user_id', true), '')")
                .query(String.class)
                .single();
        name(SystemIdentity.ID.toString());
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            // The transaction may be aborted by the failure; then it rolls back anyway and the setting with it.
            try {
                name(before);
            } catch (RuntimeException restoring) {
                failure.addSuppressed(restoring);
            }
            throw failure;
        }
        name(before);
        return result;
    }

    private void name(String userId) {
        jdbc.sql(SET).param("id", userId).query().singleValue();
    }
}
