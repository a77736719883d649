package org.masar.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.ApplicationRole;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * What assistance keeps, PostgreSQL refuses to the application's own role (the one this test's connection uses) to
 * rewrite or remove, whatever the code above it does: a raw statement is refused, not only the API.
 */
@MasarIntegrationTest
class AssistanceRecordsKeptTests {

    /**
     * Every statement the application role has no privilege to run on assistance's kept records (refused before any
     * row is read). The stock ledger is kept by a trigger on its rows instead, proved in {@code StockApiTests}.
     */
    static final List<String> REFUSED = List.of(
            "DELETE FROM assistance_service WHERE false",
            "UPDATE assistance_activity SET topic = topic WHERE false",
            "DELETE FROM assistance_activity WHERE false",
            "DELETE FROM assistance_distribution WHERE false",
            "DELETE FROM assistance_distribution_item WHERE false",
            "UPDATE assistance_distribution_beneficiary SET name_lat = name_lat WHERE false",
            "DELETE FROM assistance_distribution_beneficiary WHERE false",
            "UPDATE assistance_handover SET proxy_name = proxy_name WHERE false",
            "DELETE FROM assistance_handover WHERE false",
            "DELETE FROM assistance_cash_cycle WHERE false",
            "DELETE FROM assistance_payment_list WHERE false",
            "INSERT INTO assistance_transfer_transition SELECT * FROM assistance_transfer_transition WHERE false",
            "DELETE FROM assistance_transfer_transition WHERE false",
            "UPDATE assistance_pdm_questionnaire SET number = number WHERE false",
            "DELETE FROM assistance_pdm_survey WHERE false",
            "DELETE FROM assistance_pdm_sample WHERE false",
            "UPDATE assistance_pdm_interview SET reason = reason WHERE false",
            "DELETE FROM assistance_pdm_interview WHERE false");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    CashTestSupport cash;

    @BeforeEach
    void setUp() {
        cash = new CashTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void theApplicationRoleMayNotRewriteNorRemoveWhatAssistanceKeeps() {
        ApplicationRole.isRefused(jdbc, REFUSED);
    }

    @Test
    void aTransferIsRemovedOnlyWhileADraftAndAnApprovedOneIsKept() {
        User officer = cash.user("CASH_OFFICER");
        User checker = cash.user("PROGRAMME_MANAGER");
        User caseworker = cash.user("CASEWORKER");
        String cycle = cash.cycle(officer);
        String list = cash.list(officer, cycle);
        String approved = cash.added(officer, list, cash.people.person(caseworker, "Salma"), "100")
                .get("id")
                .asString();
        assertThat(cash.approve(checker, cash.submit(officer, list))).hasStatusOk();
        assertThat(cash.transferStatus(approved)).isEqualTo("approved");

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM assistance_transfer WHERE id = :id")
                        .param("id", UUID.fromString(approved))
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("only a draft transfer may be removed");
        assertThat(cash.transferStatus(approved)).isEqualTo("approved");

        // A draft one (a mistake before submission) may still be removed, as the list's page does.
        String draftList = cash.list(officer, cycle);
        String draft = cash.added(officer, draftList, cash.people.person(caseworker, "Omar"), "50")
                .get("id")
                .asString();
        assertThat(jdbc.sql("DELETE FROM assistance_transfer WHERE id = :id")
                        .param("id", UUID.fromString(draft))
                        .update())
                .isOne();
    }
}
