package org.masar.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.BilingualName;
import org.masar.access.Directory;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.referrals.NewProvider;
import org.masar.referrals.Provider;
import org.masar.referrals.ProviderId;
import org.masar.referrals.ReferralCatalogue;
import org.masar.referrals.ServiceType;
import org.masar.referrals.Urgency;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as data: services and urgencies seeded by the migration, providers added by programme managers. */
@Service
class CatalogueService implements ReferralCatalogue {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogueService(JdbcClient jdbc, Directory directory, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ServiceType> services() {
        return jdbc.sql("SELECT code, name_en, name_ar FROM referrals_service WHERE active ORDER BY position")
                .query((row, n) ->
                        new ServiceType(row.getString("code"), row.getString("name_en"), row.getString("name_ar")))
                .list();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Urgency> urgencies() {
        return urgencyList();
    }

    List<Urgency> urgencyList() {
        return jdbc.sql("SELECT code, response_hours, name_en, name_ar FROM referrals_urgency ORDER BY position")
                .query((row, n) -> new Urgency(
                        row.getString("code"),
                        row.getInt("response_hours"),
                        row.getString("name_en"),
                        row.getString("name_ar")))
                .list();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Provider> providers(@Nullable String service) {
        return providerList(service, null);
    }

    /** Active providers (of the service; or the one given, active or not). */
    List<Provider> providerList(@Nullable String service, @Nullable ProviderId only) {
        record Row(
                UUID id, @Nullable UUID office, @Nullable UUID organisation, boolean active, List<String> services) {}
        List<Row> rows = jdbc.sql("""
                        SELECT p.id, p.office_id, p.organisation_id, p.active,
                               coalesce(array_agg(s.service ORDER BY s.service) FILTER (WHERE s.service IS NOT NULL),
                                        '{}') AS services
                          FROM referrals_provider p
                          LEFT JOIN referrals_provider_service s ON s.provider_id = p.id
                         WHERE (CAST(:only AS uuid) IS NULL AND p.active OR p.id = CAST(:only AS uuid))
                         GROUP BY p.id
                        HAVING CAST(:service AS text) IS NULL OR CAST(:service AS text) = ANY (array_agg(s.service))
                        """)
                .param("only", only == null ? null : only.value())
                .param("service", service)
                .query((row, n) -> {
                    List<String> services = new ArrayList<>();
                    for (Object code : (Object[]) row.getArray("services").getArray()) {
                        services.add(String.valueOf(code));
                    }
                    return new Row(
                            row.getObject("id", UUID.class),
                            row.getObject("office_id", UUID.class),
                            row.getObject("organisation_id", UUID.class),
                            row.getBoolean("active"),
                            services);
                })
                .list();
        Set<OfficeId> offices = new HashSet<>();
        Set<OrganisationId> organisations = new HashSet<>();
        for (Row row : rows) {
            if (row.office() != null) {
                offices.add(new OfficeId(row.office()));
            } else if (row.organisation() != null) {
                organisations.add(new OrganisationId(row.organisation()));
            }
        }
        Map<OfficeId, BilingualName> officeNames = offices.isEmpty() ? Map.of() : directory.officeNames(offices);
        Map<OrganisationId, BilingualName> organisationNames =
                organisations.isEmpty() ? Map.of() : directory.organisationNames(organisations);
        List<Provider> providers = new ArrayList<>();
        for (Row row : rows) {
            OfficeId office = row.office() == null ? null : new OfficeId(row.office());
            OrganisationId organisation = row.organisation() == null ? null : new OrganisationId(row.organisation());
            BilingualName name = office != null ? officeNames.get(office) : organisationNames.get(organisation);
            providers.add(new Provider(
                    new ProviderId(row.id()),
                    office,
                    organisation,
                    name == null ? "?" : name.en(),
                    name == null ? "?" : name.ar(),
                    row.services(),
                    row.active()));
        }
        providers.sort(java.util.Comparator.comparing(Provider::nameEn));
        return providers;
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:manage-services')")
    @Transactional
    public Provider addProvider(NewProvider provider) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        if ((provider.office() == null) == (provider.organisation() == null)) {
            errors.add(new InvalidFields.Field("office", "referrals.error.office-or-organisation"));
        } else if (provider.office() != null
                && directory.officeName(provider.office()).isEmpty()) {
            errors.add(new InvalidFields.Field("office", "referrals.error.unknown"));
        } else if (provider.organisation() != null && !directory.isActiveOrganisation(provider.organisation())) {
            errors.add(new InvalidFields.Field("organisation", "referrals.error.unknown"));
        }
        Set<String> known = new HashSet<>();
        services().forEach(service -> known.add(service.code()));
        if (provider.services().isEmpty()) {
            errors.add(new InvalidFields.Field("services", "referrals.error.required"));
        }
        for (int i = 0; i < provider.services().size(); i++) {
            if (!known.contains(provider.services().get(i))) {
                errors.add(new InvalidFields.Field("services[" + i + "]", "referrals.error.unknown"));
            }
        }
        if (errors.isEmpty()) {
            Integer taken = jdbc.sql("""
                            SELECT count(*) FROM referrals_provider
                             WHERE office_id = CAST(:office AS uuid) OR organisation_id = CAST(:organisation AS uuid)
                            """)
                    .param(
                            "office",
                            provider.office() == null ? null : provider.office().value())
                    .param(
                            "organisation",
                            provider.organisation() == null
                                    ? null
                                    : provider.organisation().value())
                    .query(Integer.class)
                    .single();
            if (taken > 0) {
                errors.add(new InvalidFields.Field(
                        provider.office() != null ? "office" : "organisation", "referrals.error.provider-exists"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        ProviderId id = ProviderId.random();
        jdbc.sql("""
                        INSERT INTO referrals_provider (id, office_id, organisation_id, created_at, created_by)
                        VALUES (:id, :office, :organisation, :at, :by)
                        """)
                .param("id", id.value())
                .param(
                        "office",
                        provider.office() == null ? null : provider.office().value())
                .param(
                        "organisation",
                        provider.organisation() == null
                                ? null
                                : provider.organisation().value())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", Actor.current().name())
                .update();
        for (String service : new java.util.LinkedHashSet<>(provider.services())) {
            jdbc.sql("INSERT INTO referrals_provider_service (provider_id, service) VALUES (:id, :service)")
                    .param("id", id.value())
                    .param("service", service)
                    .update();
        }
        audit.record(AuditEvent.of("referrals.provider.added", "referral-provider", id.toString())
                .with("internal", provider.office() != null));
        return providerList(null, id).getFirst();
    }
}
