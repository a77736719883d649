package org.masar.access.api;

import jakarta.validation.Valid;
import java.net.URI;
import org.masar.access.OfficeId;
import org.masar.access.Offices;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Offices; needs {@code access:manage}. */
@RestController
@RequestMapping("/api/v1/admin/offices")
class AdminOfficesApi {

    private final Offices offices;

    AdminOfficesApi(Offices offices) {
        this.offices = offices;
    }

    @GetMapping
    PageJson<OfficeJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new Paging(page, size)
                .slice(offices.list().stream().map(OfficeJson::of).toList());
    }

    @GetMapping("/{id}")
    OfficeJson get(@PathVariable OfficeId id) {
        return OfficeJson.of(offices.get(id));
    }

    @PostMapping
    ResponseEntity<OfficeJson> create(@Valid @RequestBody OfficeRequest request) {
        OfficeJson created = OfficeJson.of(offices.create(request.draft()));
        return ResponseEntity.created(URI.create("/api/v1/admin/offices/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    OfficeJson update(@PathVariable OfficeId id, @Valid @RequestBody OfficeRequest request) {
        if (request.version() == null) {
            throw new AdminUsersApi.MissingField("version");
        }
        return OfficeJson.of(offices.update(id, request.draft(), request.version()));
    }

    @PostMapping("/{id}/deactivate")
    OfficeJson deactivate(@PathVariable OfficeId id) {
        return OfficeJson.of(offices.setActive(id, false));
    }

    @PostMapping("/{id}/activate")
    OfficeJson activate(@PathVariable OfficeId id) {
        return OfficeJson.of(offices.setActive(id, true));
    }
}
