package org.masar.collect.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.masar.collect.CollectPasswordNotFound;
import org.masar.collect.CollectPasswords;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The caller's collect passwords, one per phone, for the OpenRosa endpoints. */
@RestController
@RequestMapping(path = "/api/v1/account/collect-passwords", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Collect passwords", description = "Passwords for ODK Collect and KoboCollect, one per phone")
class CollectPasswordsApi {

    private final CollectPasswords passwords;

    CollectPasswordsApi(CollectPasswords passwords) {
        this.passwords = passwords;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Creates a collect password; the password and ODK Collect's settings are shown this once")
    ResponseEntity<CollectPasswordJson> create(@RequestBody CollectPasswordRequest request) {
        String serverUrl =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        var issued = passwords.create(request.name() == null ? "" : request.name(), serverUrl);
        return ResponseEntity.created(URI.create("/api/v1/account/collect-passwords/"
                        + issued.collectPassword().id()))
                .body(CollectPasswordJson.of(issued));
    }

    @GetMapping
    @Operation(summary = "The caller's collect passwords, newest first (never the passwords themselves)")
    List<CollectPasswordJson> list() {
        return passwords.mine().stream().map(CollectPasswordJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's collect passwords")
    CollectPasswordJson get(@PathVariable String id) {
        UUID key = id(id);
        return passwords.mine().stream()
                .filter(p -> p.id().equals(key))
                .findFirst()
                .map(CollectPasswordJson::of)
                .orElseThrow(() -> new CollectPasswordNotFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revokes one of the caller's collect passwords: it stops working at once")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        passwords.revoke(id(id));
        return ResponseEntity.noContent().build();
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CollectPasswordNotFound(id);
        }
    }
}
