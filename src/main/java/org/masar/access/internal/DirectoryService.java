package org.masar.access.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.masar.access.BilingualName;
import org.masar.access.Directory;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;
import org.masar.access.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names by id, one query per kind; the SQL selects names and nothing else, so nothing else can leak. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
class DirectoryService implements Directory {

    private final JdbcClient jdbc;

    DirectoryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UserId, String> userNames(Collection<UserId> users) {
        return names("SELECT id, display_name FROM access_user WHERE id IN (:ids)", users, UserId::new, row -> row[0]);
    }

    @Override
    public Map<OfficeId, BilingualName> officeNames(Collection<OfficeId> offices) {
        return names(
                "SELECT id, name_en, name_ar FROM access_office WHERE id IN (:ids)",
                offices,
                OfficeId::new,
                row -> new BilingualName(row[0], row[1]));
    }

    @Override
    public Map<OrganisationId, BilingualName> organisationNames(Collection<OrganisationId> organisations) {
        return names(
                "SELECT id, name_en, name_ar FROM access_organisation WHERE id IN (:ids)",
                organisations,
                OrganisationId::new,
                row -> new BilingualName(row[0], row[1]));
    }

    @Override
    public boolean isActiveOrganisation(OrganisationId organisation) {
        return jdbc.sql("SELECT active FROM access_organisation WHERE id = :id")
                .param("id", organisation.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Runs a query of id and name columns for the distinct ids asked about (none: no query). */
    private <I extends org.masar.shared.PublicId, N> Map<I, N> names(
            String sql, Collection<I> ids, Function<UUID, I> id, Function<String[], N> name) {
        List<UUID> distinct =
                ids.stream().map(org.masar.shared.PublicId::value).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Map<I, N> names = new LinkedHashMap<>();
        jdbc.sql(sql).param("ids", distinct).query(row -> {
            int columns = row.getMetaData().getColumnCount();
            String[] values = new String[columns - 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getString(i + 2);
            }
            names.put(id.apply(row.getObject(1, UUID.class)), name.apply(values));
        });
        return names;
    }
}
