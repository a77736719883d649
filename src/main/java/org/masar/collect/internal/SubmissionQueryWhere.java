package org.masar.collect.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.collect.SubmissionFilter;
import org.masar.collect.SubmissionId;
import org.masar.collect.SubmissionMapping;
import org.masar.collect.SubmissionReviewState;
import org.masar.collect.SubmissionSummary;
import org.masar.shared.InvalidFields;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What lists and exports share: who may read which submissions (holders of {@code collect:review} every one of a
 * form, a holder of {@code collect:submit} alone their own), a filter turned into SQL with parameters (never
 * concatenated input), and a summary read from a row.
 */
final class SubmissionQueryWhere {

    static final String REVIEW = "collect:review";
    static final String SUBMIT = "collect:submit";
    static final String EXPORT = "collect:export";

    /** The columns a summary is read from, for {@code s} = {@code collect_submission} and {@code v} its version. */
    static final String SUMMARY_COLUMNS = """
            s.id, s.instance_id, s.record_id, v.version AS form_version, s.deprecated_id, s.current, s.submitter,
            s.device_id, s.received_at, s.attachments_expected, s.attachments_present, s.review_state,
            s.mapping_state, s.mapping_target, s.mapping_ref, s.mapping_reason""";

    private static final Set<String> MAPPING_STATES = Set.of("mapped", "unmapped", "none");

    /** A filter as SQL: {@code sql} follows {@code WHERE} and names {@code s} = {@code collect_submission}. */
    record Where(String sql, Map<String, Object> params) {}

    private SubmissionQueryWhere() {}

    /** Whether the signed-in user reads every submission ({@code collect:review}) rather than their own only. */
    static boolean readsAll() {
        return held(REVIEW);
    }

    static boolean held(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (permission.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** The user whose submissions alone the caller may read, or null when they read all. */
    static @Nullable UUID onlyOf() {
        return readsAll() ? null : CurrentUser.get().id().value();
    }

    /** Checks the filter's values. */
    static void check(SubmissionFilter filter) {
        if (filter.mappingState() != null && !MAPPING_STATES.contains(filter.mappingState())) {
            throw new InvalidFields(List.of(new InvalidFields.Field("mappingState", "collect.submissions.invalid")));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidFields(List.of(new InvalidFields.Field("to", "collect.submissions.invalid")));
        }
    }

    static Where of(UUID form, SubmissionFilter filter, @Nullable UUID onlyOf) {
        check(filter);
        StringBuilder sql = new StringBuilder("s.form = :form");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("form", form);
        if (filter.instanceId() != null) {
            // a phone's script asks whether its instance was stored: replaced by an edit or not
            sql.append(" AND s.instance_id = :instanceId");
            params.put("instanceId", filter.instanceId());
        } else if (!filter.allVersions()) {
            sql.append(" AND s.current");
        }
        if (filter.reviewState() != null) {
            sql.append(" AND s.review_state = :reviewState");
            params.put("reviewState", filter.reviewState().code());
        }
        if ("none".equals(filter.mappingState())) {
            sql.append(" AND s.mapping_state IS NULL");
        } else if (filter.mappingState() != null) {
            sql.append(" AND s.mapping_state = :mappingState");
            params.put("mappingState", filter.mappingState());
        }
        if (filter.submitter() != null) {
            sql.append(" AND s.submitter = :submitter");
            params.put("submitter", filter.submitter());
        }
        if (filter.from() != null) {
            sql.append(" AND s.received_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND s.received_at < :to");
            params.put(
                    "to",
                    Timestamp.from(
                            filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (onlyOf != null) {
            sql.append(" AND s.submitted_by = :onlyOf");
            params.put("onlyOf", onlyOf);
        }
        return new Where(sql.toString(), params);
    }

    /** A summary from a row holding {@link #SUMMARY_COLUMNS}. */
    static SubmissionSummary summary(ResultSet row, String formId) throws SQLException {
        String mappingState = row.getString("mapping_state");
        return new SubmissionSummary(
                new SubmissionId(row.getObject("id", UUID.class)),
                formId,
                row.getString("instance_id"),
                row.getObject("record_id", UUID.class),
                row.getString("form_version"),
                row.getString("deprecated_id"),
                row.getBoolean("current"),
                row.getString("submitter"),
                row.getString("device_id"),
                row.getTimestamp("received_at").toInstant(),
                row.getInt("attachments_expected"),
                row.getInt("attachments_present"),
                reviewState(row.getString("review_state")),
                mappingState == null
                        ? null
                        : new SubmissionMapping(
                                mappingState,
                                row.getString("mapping_target"),
                                row.getString("mapping_ref"),
                                row.getString("mapping_reason")));
    }

    static SubmissionReviewState reviewState(String code) {
        return SubmissionReviewState.ofCode(code).orElseThrow(() -> new IllegalStateException(code));
    }
}
