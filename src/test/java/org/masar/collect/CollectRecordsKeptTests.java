package org.masar.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masar.collect.CollectTestSupport.uniqueFormId;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.ApplicationRole;
import org.masar.MasarIntegrationTest;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.SubmissionTestSupport.Visit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * What phones sent is kept as it was received, whatever the code above it does: PostgreSQL refuses the application's
 * own role (the one this test's connection uses) to remove a submission, its files or a review, to rewrite a review,
 * or to rewrite what a submission received — while what a submission may become (its review state, its mapping,
 * whether it is current) still changes.
 */
@MasarIntegrationTest
class CollectRecordsKeptTests {

    static final List<String> REFUSED = List.of(
            "DELETE FROM collect_submission WHERE false",
            "DELETE FROM collect_submission_attachment WHERE false",
            "DELETE FROM collect_attachment_content WHERE false",
            "UPDATE collect_submission_review SET note = note WHERE false",
            "DELETE FROM collect_submission_review WHERE false");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theApplicationRoleMayNotRemoveNorRewriteWhatPhonesSent() {
        ApplicationRole.isRefused(jdbc, REFUSED);
    }

    @Test
    void aReceivedDocumentIsNeverRewrittenWhileItsReviewAndMappingMayChange() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        SubmissionTestSupport phones = new SubmissionTestSupport(mvc, collect);
        User officer = collect.user("DTM_OFFICER");
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Phone");
        String formId = phones.form(officer, uniqueFormId("kept"));
        String instanceId = phones.sent(phone, formId, Visit.of("Tajoura"));

        for (String column : List.of(
                "xml = xml || ' '",
                "instance_id = instance_id || 'x'",
                "submitter = 'someone'",
                "received_at = received_at - interval '1 day'",
                "record_id = gen_random_uuid()")) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE collect_submission SET " + column + " WHERE instance_id = :id")
                            .param("id", instanceId)
                            .update())
                    .as(column)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("never rewritten");
        }
        assertThat(jdbc.sql("""
                        UPDATE collect_submission SET review_state = 'approved', mapping_state = 'unmapped',
                               mapping_reason = 'checked by hand'
                         WHERE instance_id = :id
                        """).param("id", instanceId).update()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT xml LIKE '%Tajoura%' FROM collect_submission WHERE instance_id = :id")
                        .param("id", instanceId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
