package org.masar.access.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.masar.access.Roles;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Roles and the permission catalogue; needs {@code access:manage}. */
@RestController
class AdminRolesApi {

    private final Roles roles;

    AdminRolesApi(Roles roles) {
        this.roles = roles;
    }

    @GetMapping("/api/v1/admin/roles")
    PageJson<RoleJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new Paging(page, size)
                .slice(roles.list().stream().map(RoleJson::of).toList());
    }

    @GetMapping("/api/v1/admin/roles/{code}")
    RoleJson get(@PathVariable String code) {
        return RoleJson.of(roles.get(code));
    }

    @GetMapping("/api/v1/admin/permissions")
    List<String> permissions() {
        return roles.permissionCatalogue();
    }

    @PostMapping("/api/v1/admin/roles")
    ResponseEntity<RoleJson> create(@Valid @RequestBody RoleRequest request) {
        if (request.code() == null) {
            throw new AdminUsersApi.MissingField("code");
        }
        RoleJson created = RoleJson.of(roles.create(request.code(), request.draft()));
        return ResponseEntity.created(URI.create("/api/v1/admin/roles/" + created.code()))
                .body(created);
    }

    @PutMapping("/api/v1/admin/roles/{code}")
    RoleJson update(@PathVariable String code, @Valid @RequestBody RoleRequest request) {
        if (request.version() == null) {
            throw new AdminUsersApi.MissingField("version");
        }
        return RoleJson.of(roles.update(code, request.draft(), request.version()));
    }
}
