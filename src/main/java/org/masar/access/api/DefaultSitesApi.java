package org.masar.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.DefaultSites;
import org.masar.access.UserId;
import org.masar.geo.SiteId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's default site: any signed-in user reads it (an id, nothing personal); an administrator sets it. */
@RestController
@RequestMapping(path = "/api/v1/admin/users/{id}/default-site", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users")
class DefaultSitesApi {

    private final DefaultSites defaultSites;

    DefaultSitesApi(DefaultSites defaultSites) {
        this.defaultSites = defaultSites;
    }

    /**
     * A user's default site.
     *
     * @param siteId the site's id, or null when the user has none
     */
    record DefaultSiteJson(@Nullable UUID siteId) {}

    @GetMapping
    @Operation(summary = "The site the user usually works at (siteId null when none)")
    DefaultSiteJson get(@PathVariable UserId id) {
        return new DefaultSiteJson(defaultSites.of(id).map(SiteId::value).orElse(null));
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sets (or with siteId null clears) the user's default site; 409 for a site out of use")
    DefaultSiteJson choose(@PathVariable UserId id, @RequestBody DefaultSiteJson request) {
        defaultSites.choose(id, request.siteId() == null ? null : new SiteId(request.siteId()));
        return get(id);
    }
}
