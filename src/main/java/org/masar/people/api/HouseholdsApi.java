package org.masar.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.people.Household;
import org.masar.people.HouseholdId;
import org.masar.people.Households;
import org.masar.people.InvalidField;
import org.masar.people.Membership;
import org.masar.people.PersonId;
import org.masar.people.Relationship;
import org.masar.shared.InvalidFields;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Households: founding one and moving people in and out need {@code people:edit}; reading one needs
 * {@code people:read} and its head within the caller's scopes. Moves are kept: a membership that ends stays listed with
 * the day it ended.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Households", description = "A head and members related to the head, with moves kept in history")
class HouseholdsApi {

    private final Households households;

    HouseholdsApi(Households households) {
        this.households = households;
    }

    /** A new household: its head's person id. */
    record FoundingRequest(@Nullable String head) {}

    /**
     * A person joining a household (moving out of the one they belong to, if any).
     *
     * @param relationship to the head: spouse, child, parent, sibling, grandchild, grandparent, other_relative or
     *     unrelated
     */
    record JoiningRequest(@Nullable String person, @Nullable String relationship) {}

    /** A member leaving a household without joining another. */
    record DepartureRequest(@Nullable String person) {}

    /** One stay of a person in a household; {@code leftAt} and {@code leftBecause} (moved, left) once it ended. */
    record MembershipJson(
            String household,
            String person,
            String relationship,
            Instant joinedAt,
            String joinedBy,
            @Nullable Instant leftAt,
            @Nullable String leftBy,
            @Nullable String leftBecause) {

        static MembershipJson of(Membership membership) {
            return new MembershipJson(
                    membership.household().toString(),
                    membership.person().toString(),
                    membership.relationship().code(),
                    membership.joinedAt(),
                    membership.joinedBy(),
                    membership.leftAt(),
                    membership.leftBy(),
                    membership.leftBecause());
        }
    }

    /** A household: its current members (head first) and the memberships that ended, most recent first. */
    record HouseholdJson(
            String id,
            String head,
            Instant createdAt,
            String createdBy,
            @Nullable Instant dissolvedAt,
            List<MembershipJson> members,
            List<MembershipJson> past) {

        static HouseholdJson of(Household household) {
            return new HouseholdJson(
                    household.id().toString(),
                    household.head().toString(),
                    household.createdAt(),
                    household.createdBy(),
                    household.dissolvedAt(),
                    household.members().stream().map(MembershipJson::of).toList(),
                    household.past().stream().map(MembershipJson::of).toList());
        }
    }

    /** A person's household now (null when none) and every membership they have had, most recent first. */
    record PersonHouseholdJson(@Nullable HouseholdJson current, List<MembershipJson> memberships) {}

    @PostMapping(path = "/households", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Founds a household with this person as head (moving them out of theirs): 201")
    ResponseEntity<HouseholdJson> found(@RequestBody FoundingRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        UUID head = id(request.head(), "head", errors);
        refuse(errors);
        Household household = households.found(new PersonId(java.util.Objects.requireNonNull(head)));
        return ResponseEntity.created(URI.create("/api/v1/people/households/" + household.id()))
                .body(HouseholdJson.of(household));
    }

    @GetMapping("/households/{id}")
    @Operation(summary = "A household with its current and past members (403 when its head is outside your scopes)")
    HouseholdJson get(@PathVariable HouseholdId id) {
        return HouseholdJson.of(households.get(id));
    }

    @PostMapping(path = "/households/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A person joins the household; their membership of another ends now (a move)")
    HouseholdJson join(@PathVariable HouseholdId id, @RequestBody JoiningRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        UUID person = id(request.person(), "person", errors);
        Relationship relationship = null;
        if (request.relationship() == null || request.relationship().isBlank()) {
            errors.add(new InvalidField("relationship", "required"));
        } else {
            relationship = Relationship.of(request.relationship())
                    .filter(known -> known != Relationship.HEAD)
                    .orElse(null);
            if (relationship == null) {
                errors.add(new InvalidField("relationship", "unknown-relationship"));
            }
        }
        refuse(errors);
        return HouseholdJson.of(households.join(
                id,
                new PersonId(java.util.Objects.requireNonNull(person)),
                java.util.Objects.requireNonNull(relationship)));
    }

    @PostMapping(path = "/households/{id}/departures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A member leaves the household; the head only as its last member, which dissolves it")
    HouseholdJson leave(@PathVariable HouseholdId id, @RequestBody DepartureRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        UUID person = id(request.person(), "person", errors);
        refuse(errors);
        return HouseholdJson.of(households.leave(id, new PersonId(java.util.Objects.requireNonNull(person))));
    }

    @GetMapping("/{id}/household")
    @Operation(summary = "A person's household now and every household they belonged to")
    PersonHouseholdJson householdOf(@PathVariable PersonId id) {
        return new PersonHouseholdJson(
                households.householdOf(id).map(HouseholdJson::of).orElse(null),
                households.membershipsOf(id).stream().map(MembershipJson::of).toList());
    }

    /** The UUID a body field holds, or null with the field in error added. */
    static @Nullable UUID id(@Nullable String text, String field, List<InvalidField> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new InvalidField(field, "required"));
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString forgives missing leading zeros; an id is written in its one canonical form.
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // named below
        }
        errors.add(new InvalidField(field, "not-an-id"));
        return null;
    }

    static void refuse(List<InvalidField> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.stream()
                    .map(error -> new InvalidFields.Field(error.field(), "people.validation." + error.code()))
                    .toList());
        }
    }
}
