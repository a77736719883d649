package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Names for other modules: any signed-in user gets them without {@code access:manage}, and gets names only; nobody
 * signed in gets nothing.
 */
@MasarIntegrationTest
class DirectoryTests {

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "field-worker", authorities = "geo:read")
    void anyoneSignedInReadsTheNamesOfUsersOfficesAndOrganisationsAndNothingElse() {
        UUID organisation = organisation();
        UUID office = office(organisation);
        UUID user = user("Amal Ben Ali");
        UserId unknown = new UserId(UUID.randomUUID());

        Map<UserId, String> users = directory.userNames(List.of(new UserId(user), unknown, new UserId(user)));
        assertThat(users).containsExactly(Map.entry(new UserId(user), "Amal Ben Ali"));
        assertThat(directory.userName(new UserId(user))).contains("Amal Ben Ali");
        assertThat(directory.userName(unknown)).isEmpty();

        BilingualName officeName = directory.officeName(new OfficeId(office)).orElseThrow();
        assertThat(officeName.in(Locale.ENGLISH)).isEqualTo("Sabha field office");
        assertThat(officeName.in(Locale.forLanguageTag("ar"))).isEqualTo("مكتب سبها الميداني");
        assertThat(directory.organisationNames(List.of(new OrganisationId(organisation))))
                .containsEntry(new OrganisationId(organisation), new BilingualName("Relief partner", "شريك الإغاثة"));
        assertThat(directory.userNames(List.of())).isEmpty();
    }

    @Test
    void nobodySignedInGetsNoNames() {
        assertThatThrownBy(() -> directory.userNames(List.of(new UserId(UUID.randomUUID()))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private UUID organisation() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, 'PARTNER_NGO', 'Relief partner', 'شريك الإغاثة', 'test', 'test')
                        """)
                .param("id", id)
                .param("code", "ORG-" + id.toString().substring(0, 8).toUpperCase())
                .update();
        return id;
    }

    private UUID office(UUID organisation) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, 'Sabha field office', 'مكتب سبها الميداني', 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", "OFF-" + id.toString().substring(0, 8).toUpperCase())
                .update();
        return id;
    }

    private UUID user(String displayName) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_user (id, username, display_name, email, password_hash, created_by, updated_by)
                        VALUES (:id, :username, :name, 'amal@example.org', 'not-a-hash', 'test', 'test')
                        """)
                .param("id", id)
                .param("username", "dir-" + id.toString().substring(0, 8))
                .param("name", displayName)
                .update();
        return id;
    }
}
