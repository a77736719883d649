package org.masar.access.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.access.UserAccount;

/** An account as the API shows it; the one-time password is present only in the answer that created or reset it. */
record UserJson(
        UUID id,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable UUID organisationId,
        @Nullable UUID officeId,
        @Nullable UUID supervisorId,
        String preferredLanguage,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        List<String> roles,
        Set<UUID> officeScope,
        Set<String> baladiyaScope,
        Set<Programme> programmeScope,
        int version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String oneTimePassword) {

    static UserJson of(UserAccount account) {
        return of(account, null);
    }

    static UserJson of(UserAccount account, @Nullable String oneTimePassword) {
        return new UserJson(
                account.id().value(),
                account.username(),
                account.displayName(),
                account.email(),
                account.organisationId() == null
                        ? null
                        : account.organisationId().value(),
                account.officeId() == null ? null : account.officeId().value(),
                account.supervisorId() == null ? null : account.supervisorId().value(),
                account.preferredLanguage(),
                account.enabled(),
                account.locked(),
                account.mustChangePassword(),
                account.roles(),
                account.officeScope().stream()
                        .map(office -> office.value())
                        .collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(account.baladiyaScope()),
                new TreeSet<>(account.programmeScope()),
                account.version(),
                account.createdAt(),
                account.updatedAt(),
                oneTimePassword);
    }
}
