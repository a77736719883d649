package org.masar.assistance.internal;

import static org.masar.assistance.internal.ServiceRecorder.error;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Directory;
import org.masar.access.Programme;
import org.masar.access.Scopes;
import org.masar.access.UserId;
import org.masar.access.Users;
import org.masar.assistance.GroupActivities;
import org.masar.assistance.GroupActivity;
import org.masar.assistance.GroupActivityDraft;
import org.masar.assistance.GroupActivityId;
import org.masar.assistance.GroupActivityNotFound;
import org.masar.assistance.GroupActivityOutOfScope;
import org.masar.assistance.ServiceType;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.SiteId;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads group activities. Every field is checked first (all errors at once); the counts must add up to
 * at least one participant and to at least as many as the attendance list names; the team's users must exist; the
 * listed people must be within the recorder's scopes (403 otherwise). Then all is written at once and audited.
 *
 * <p>An activity is within a user's scopes by the baladiya where it was held and its programme, by the one scope rule
 * of services ({@link ServiceRecorder#inScopes}): recording, reading and listing are limited to those (an attendance
 * list names people, and a session's topic can say who attended it).
 */
@Service
class GroupActivityRecorder implements GroupActivities {

    static final int LONGEST_TOPIC = 200;
    static final int MOST_COUNTED = 100_000;

    private final JdbcClient jdbc;
    private final ServicePlaces places;
    private final People people;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final Users users;

    GroupActivityRecorder(
            JdbcClient jdbc,
            ServicePlaces places,
            People people,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            Users users) {
        this.users = users;
        this.jdbc = jdbc;
        this.places = places;
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<ServiceType> kinds() {
        return jdbc.sql("SELECT code, name_en, name_ar FROM assistance_activity_kind WHERE active ORDER BY position")
                .query((rs, n) ->
                        new ServiceType(rs.getString("code"), rs.getString("name_en"), rs.getString("name_ar")))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:record')")
    @Transactional
    public GroupActivity record(GroupActivityDraft draft) {
        CurrentUser me = CurrentUser.get();
        Instant now = clock.instant();
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (draft.kind() == null || draft.kind().isBlank()) {
            errors.add(error("kind", "required"));
        } else if (kinds().stream().noneMatch(k -> k.code().equals(draft.kind()))) {
            errors.add(error("kind", "unknown"));
        }
        String topic = ServiceRecorder.blankToNull(draft.topic());
        if (topic == null) {
            errors.add(error("topic", "required"));
        } else if (topic.length() > LONGEST_TOPIC) {
            errors.add(error("topic", "too-long"));
        }
        String baladiya = places.place(draft.site(), draft.baladiya(), errors);
        ServiceRecorder.day(draft.heldOn(), "heldOn", now, errors);
        ServiceRecorder.programme(draft.programme(), errors);
        String project = ServiceRecorder.project(draft.project(), errors);
        int women = count("women", draft.women(), errors);
        int men = count("men", draft.men(), errors);
        int girls = count("girls", draft.girls(), errors);
        int boys = count("boys", draft.boys(), errors);
        boolean countsValid = errors.stream()
                .noneMatch(e -> Set.of("women", "men", "girls", "boys").contains(e.field()));
        long total = (long) women + men + girls + boys;
        if (countsValid && total == 0) {
            errors.add(error("women", "no-participants"));
        }
        Set<PersonId> attendees = new LinkedHashSet<>();
        for (int i = 0; i < draft.attendees().size(); i++) {
            PersonId person = draft.attendees().get(i);
            if (person == null) {
                errors.add(error("attendees[" + i + "]", "required"));
            } else if (!attendees.add(person)) {
                errors.add(error("attendees[" + i + "]", "duplicate"));
            }
        }
        if (countsValid && attendees.size() > total) {
            errors.add(error("attendees", "more-attendees-than-participants"));
        }
        Set<UserId> team = new LinkedHashSet<>();
        for (int i = 0; i < draft.team().size(); i++) {
            UserId user = draft.team().get(i);
            if (user == null) {
                errors.add(error("team[" + i + "]", "required"));
            } else {
                team.add(user);
            }
        }
        if (!team.isEmpty()) {
            Map<UserId, String> known = directory.userNames(team);
            int i = 0;
            for (UserId user : draft.team()) {
                if (user != null && !known.containsKey(user)) {
                    errors.add(error("team[" + i + "]", "unknown-user"));
                }
                i++;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        refuseOutOfScope(baladiya, draft.programme());
        // The people listed: current after merges, each within the recorder's scopes (403 otherwise).
        Set<PersonId> current = new LinkedHashSet<>();
        for (PersonId person : attendees) {
            PersonId now2 = people.current(person);
            people.get(now2);
            current.add(now2);
        }
        team.add(me.id());

        GroupActivityId id = GroupActivityId.random();
        jdbc.sql("""
                        INSERT INTO assistance_activity (id, kind, topic, site_id, baladiya_pcode, held_on, programme,
                            project, women, men, girls, boys, recorded_at, recorded_by, recorded_by_name)
                        VALUES (:id, :kind, :topic, :site, :baladiya, :on, :programme, :project, :women, :men, :girls,
                            :boys, :now, :me, :meName)
                        """)
                .param("id", id.value())
                .param("kind", draft.kind())
                .param("topic", topic)
                .param("site", draft.site() == null ? null : draft.site().value())
                .param("baladiya", baladiya)
                .param("on", Date.valueOf(draft.heldOn()))
                .param("programme", draft.programme())
                .param("project", project)
                .param("women", women)
                .param("men", men)
                .param("girls", girls)
                .param("boys", boys)
                .param("now", Timestamp.from(now))
                .param("me", me.id().value())
                .param("meName", me.username())
                .update();
        for (UserId user : team) {
            jdbc.sql("INSERT INTO assistance_activity_team (activity_id, user_id) VALUES (:id, :user)")
                    .param("id", id.value())
                    .param("user", user.value())
                    .update();
        }
        for (PersonId person : current) {
            jdbc.sql("""
                            INSERT INTO assistance_activity_attendee (activity_id, person_id) VALUES (:id, :person)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("id", id.value())
                    .param("person", person.value())
                    .update();
        }
        audit.record(AuditEvent.of("assistance.activity.recorded", "activity", id.toString())
                .with("kind", draft.kind())
                .with("participants", total)
                .with("attendees", current.size()));
        return find(id);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public GroupActivity get(GroupActivityId id) {
        GroupActivity activity = find(id);
        refuseOutOfScope(activity.baladiya(), activity.programme());
        return activity;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public PageJson<GroupActivity> list(Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        ServiceRecorder.inScopes(users.currentScopes(), "baladiya_pcode", "programme", where, params);
        long total = jdbc.sql("SELECT count(*) FROM assistance_activity" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.limit());
        params.put("offset", paging.offset());
        List<GroupActivityId> ids = jdbc.sql("SELECT id FROM assistance_activity" + where
                        + " ORDER BY held_on DESC, recorded_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new GroupActivityId(rs.getObject("id", UUID.class)))
                .list();
        return paging.page(ids.stream().map(this::find).toList(), total);
    }

    /** A 403 when the place or programme is outside the user's scopes, as the lists leave such activities out. */
    private void refuseOutOfScope(@Nullable String baladiya, String programme) {
        Scopes scopes = users.currentScopes();
        boolean place = baladiya == null ? scopes.allBaladiya() : scopes.coversBaladiya(baladiya);
        boolean inProgramme = scopes.programmes().isEmpty() || scopes.coversProgramme(Programme.valueOf(programme));
        if (!place || !inProgramme) {
            throw new GroupActivityOutOfScope();
        }
    }

    private GroupActivity find(GroupActivityId id) {
        List<UserId> team = jdbc.sql(
                        "SELECT user_id FROM assistance_activity_team WHERE activity_id = :id ORDER BY user_id")
                .param("id", id.value())
                .query((rs, n) -> new UserId(rs.getObject("user_id", UUID.class)))
                .list();
        List<PersonId> attendees = jdbc.sql(
                        "SELECT person_id FROM assistance_activity_attendee WHERE activity_id = :id ORDER BY person_id")
                .param("id", id.value())
                .query((rs, n) -> new PersonId(rs.getObject("person_id", UUID.class)))
                .list();
        return jdbc.sql("SELECT * FROM assistance_activity WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> row(rs, team, attendees))
                .optional()
                .orElseThrow(() -> new GroupActivityNotFound(id));
    }

    private static int count(String field, @Nullable Integer value, List<InvalidFields.Field> errors) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            errors.add(error(field, "not-negative"));
            return 0;
        }
        if (value > MOST_COUNTED) {
            errors.add(error(field, "too-large"));
            return 0;
        }
        return value;
    }

    private static GroupActivity row(ResultSet rs, List<UserId> team, List<PersonId> attendees) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        return new GroupActivity(
                new GroupActivityId(rs.getObject("id", UUID.class)),
                rs.getString("kind"),
                rs.getString("topic"),
                site == null ? null : new SiteId(site),
                rs.getString("baladiya_pcode"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("programme"),
                rs.getString("project"),
                rs.getInt("women"),
                rs.getInt("men"),
                rs.getInt("girls"),
                rs.getInt("boys"),
                team,
                attendees,
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by_name"));
    }
}
