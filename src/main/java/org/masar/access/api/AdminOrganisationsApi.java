package org.masar.access.api;

import jakarta.validation.Valid;
import java.net.URI;
import org.masar.access.OrganisationId;
import org.masar.access.Organisations;
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

/** Organisations; needs {@code access:manage}. */
@RestController
@RequestMapping("/api/v1/admin/organisations")
class AdminOrganisationsApi {

    private final Organisations organisations;

    AdminOrganisationsApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    PageJson<OrganisationJson> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new Paging(page, size)
                .slice(organisations.list().stream().map(OrganisationJson::of).toList());
    }

    @GetMapping("/{id}")
    OrganisationJson get(@PathVariable OrganisationId id) {
        return OrganisationJson.of(organisations.get(id));
    }

    @PostMapping
    ResponseEntity<OrganisationJson> create(@Valid @RequestBody OrganisationRequest request) {
        OrganisationJson created = OrganisationJson.of(organisations.create(request.draft()));
        return ResponseEntity.created(URI.create("/api/v1/admin/organisations/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    OrganisationJson update(@PathVariable OrganisationId id, @Valid @RequestBody OrganisationRequest request) {
        if (request.version() == null) {
            throw new AdminUsersApi.MissingField("version");
        }
        return OrganisationJson.of(organisations.update(id, request.draft(), request.version()));
    }

    @PostMapping("/{id}/deactivate")
    OrganisationJson deactivate(@PathVariable OrganisationId id) {
        return OrganisationJson.of(organisations.setActive(id, false));
    }

    @PostMapping("/{id}/activate")
    OrganisationJson activate(@PathVariable OrganisationId id) {
        return OrganisationJson.of(organisations.setActive(id, true));
    }
}
