package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyEvent;
import org.masar.dtm.EmergencyEventId;
import org.masar.dtm.EmergencyEvents;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Emergency events: reading needs {@code dtm:read} or {@code dtm:collect}, recording {@code dtm:collect}. Times are
 * entered in Libya's time (UTC+2), without an offset, and shown in it (with the UTC instant beside).
 */
@RestController
@RequestMapping(path = "/api/v1/dtm/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "DTM emergency events", description = "Incidents that displaced people, and their 72-hour first report")
class EmergencyEventsApi {

    private final EmergencyEvents events;

    EmergencyEventsApi(EmergencyEvents events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Events, latest incident first, one page at a time")
    PageJson<EmergencyEventJson> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return events.list(new Paging(page, size)).map(EmergencyEventJson::of);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Events without a first report although it was due (72 hours after the incident)")
    List<EmergencyEventJson> overdue(
            @Parameter(description = "as of this time in Libya (yyyy-mm-ddThh:mm); now when absent")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    LocalDateTime at) {
        List<EmergencyEvent> overdue = at == null ? events.overdue() : events.overdue(EmergencyEvents.libya(at));
        return overdue.stream().map(EmergencyEventJson::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records an event: 201 with its Location")
    ResponseEntity<EmergencyEventJson> create(@Valid @RequestBody EmergencyEventRequest request) {
        EmergencyEvent event = events.create(request.toEvent());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(event.id().toString())
                .toUri();
        return ResponseEntity.created(location).body(EmergencyEventJson.of(event));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event with its current figures (404 when unknown)")
    EmergencyEventJson get(@PathVariable EmergencyEventId id) {
        return EmergencyEventJson.of(events.get(id));
    }

    @GetMapping("/{id}/updates")
    @Operation(summary = "An event's updates, latest first")
    List<EmergencyUpdateJson> updates(@PathVariable EmergencyEventId id) {
        return events.updates(id).stream().map(EmergencyUpdateJson::of).toList();
    }

    @PostMapping(path = "/{id}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds an update; the first is the first report, marked late when recorded after it was due")
    ResponseEntity<EmergencyUpdateJson> addUpdate(
            @PathVariable EmergencyEventId id, @Valid @RequestBody EmergencyUpdateRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(EmergencyUpdateJson.of(events.addUpdate(id, request.toUpdate())));
    }
}
