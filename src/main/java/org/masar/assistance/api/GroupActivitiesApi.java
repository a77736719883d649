package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.UserId;
import org.masar.assistance.GroupActivities;
import org.masar.assistance.GroupActivity;
import org.masar.assistance.GroupActivityDraft;
import org.masar.assistance.GroupActivityId;
import org.masar.geo.SiteId;
import org.masar.people.PersonId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Group activities: awareness sessions, hygiene promotion, outreach, fumigation and disinfection visits. */
@RestController
@RequestMapping(path = "/api/v1/assistance/activities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance activities", description = "Group activities and their participants")
class GroupActivitiesApi {

    private final GroupActivities activities;

    GroupActivitiesApi(GroupActivities activities) {
        this.activities = activities;
    }

    /**
     * An activity to record; participants counted by sex and age (girls and boys under 18), the attendance list at
     * most as long as the count.
     */
    record ActivityRequest(
            @Nullable String kind,
            @Nullable String topic,
            @Nullable UUID site,
            @Nullable String baladiya,
            @Nullable String heldOn,
            @Nullable String programme,
            @Nullable String project,
            @Nullable Integer women,
            @Nullable Integer men,
            @Nullable Integer girls,
            @Nullable Integer boys,
            @Nullable List<@Nullable UUID> team,
            @Nullable List<@Nullable UUID> attendees) {}

    record KindJson(String code, String nameEn, String nameAr) {}

    record ActivityJson(
            String id,
            String kind,
            String topic,
            @Nullable String site,
            @Nullable String baladiya,
            LocalDate heldOn,
            String programme,
            @Nullable String project,
            int women,
            int men,
            int girls,
            int boys,
            int participants,
            List<String> team,
            List<String> attendees,
            Instant recordedAt,
            String recordedBy) {

        static ActivityJson of(GroupActivity a) {
            return new ActivityJson(
                    a.id().toString(),
                    a.kind(),
                    a.topic(),
                    a.site() == null ? null : a.site().toString(),
                    a.baladiya(),
                    a.heldOn(),
                    a.programme(),
                    a.project(),
                    a.women(),
                    a.men(),
                    a.girls(),
                    a.boys(),
                    a.participants(),
                    a.team().stream().map(UserId::toString).toList(),
                    a.attendees().stream().map(PersonId::toString).toList(),
                    a.recordedAt(),
                    a.recordedBy());
        }
    }

    @GetMapping("/kinds")
    @Operation(summary = "The kinds of group activity, in their order, with their names in English and Arabic")
    List<KindJson> kinds() {
        return activities.kinds().stream()
                .map(k -> new KindJson(k.code(), k.nameEn(), k.nameAr()))
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a group activity (400 naming every field in error, an attendance list longer than the "
                    + "participants counted included; nothing written)")
    ResponseEntity<ActivityJson> record(@RequestBody ActivityRequest request) {
        List<UserId> team = new ArrayList<>();
        if (request.team() != null) {
            for (UUID user : request.team()) {
                team.add(user == null ? null : new UserId(user));
            }
        }
        List<PersonId> attendees = new ArrayList<>();
        if (request.attendees() != null) {
            for (UUID person : request.attendees()) {
                attendees.add(person == null ? null : new PersonId(person));
            }
        }
        GroupActivity recorded = activities.record(new GroupActivityDraft(
                request.kind(),
                request.topic(),
                request.site() == null ? null : new SiteId(request.site()),
                request.baladiya(),
                ServicesApi.date("heldOn", request.heldOn()),
                request.programme(),
                request.project(),
                request.women(),
                request.men(),
                request.girls(),
                request.boys(),
                team,
                attendees));
        return ResponseEntity.created(URI.create("/api/v1/assistance/activities/" + recorded.id()))
                .body(ActivityJson.of(recorded));
    }

    @GetMapping
    @Operation(summary = "Group activities, most recent first")
    PageJson<ActivityJson> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return activities.list(new Paging(page, size)).map(ActivityJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One group activity (404 when unknown)")
    ActivityJson get(@PathVariable GroupActivityId id) {
        return ActivityJson.of(activities.get(id));
    }
}
