package org.masar.access.api;

import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.masar.access.CreatedUser;
import org.masar.access.UserId;
import org.masar.access.Users;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User accounts for administrators and scripts; needs {@code access:manage}. */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUsersApi {

    private final Users users;

    AdminUsersApi(Users users) {
        this.users = users;
    }

    @GetMapping
    PageJson<UserJson> list(
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return users.list(search, new Paging(page, size)).map(UserJson::of);
    }

    @GetMapping("/{id}")
    UserJson get(@PathVariable UserId id) {
        return UserJson.of(users.get(id));
    }

    @PostMapping
    ResponseEntity<UserJson> create(@Valid @RequestBody UserRequest request) {
        if (request.username() == null) {
            throw new MissingField("username");
        }
        CreatedUser created = users.create(request.newUser());
        return ResponseEntity.created(
                        URI.create("/api/v1/admin/users/" + created.account().id()))
                .body(UserJson.of(created.account(), created.oneTimePassword().value()));
    }

    @PutMapping("/{id}")
    UserJson update(@PathVariable UserId id, @Valid @RequestBody UserRequest request) {
        if (request.version() == null) {
            throw new MissingField("version");
        }
        return UserJson.of(users.update(id, request.profile(), request.version()));
    }

    @PostMapping("/{id}/disable")
    UserJson disable(@PathVariable UserId id) {
        return UserJson.of(users.disable(id));
    }

    @PostMapping("/{id}/enable")
    UserJson enable(@PathVariable UserId id) {
        return UserJson.of(users.enable(id));
    }

    @PostMapping("/{id}/unlock")
    UserJson unlock(@PathVariable UserId id) {
        return UserJson.of(users.unlock(id));
    }

    @PostMapping("/{id}/password-reset")
    PasswordJson resetPassword(@PathVariable UserId id) {
        return new PasswordJson(users.resetPassword(id).value());
    }

    /** A field the request must carry for this step (the username on create, the version on update). */
    static class MissingField extends ProblemException {
        MissingField(String field) {
            super("access.missing-field", HttpStatus.BAD_REQUEST, field);
        }
    }
}
