package org.masar.assistance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The hand-over page that works with no connection ({@code /assistance/distributions/{id}/handover}), an installable
 * web app: the page shell (no data about anyone: its script downloads the distribution's hand-over list through the
 * API, which checks the distribution is in the user's scope, and keeps it on the phone), its web app manifest and its
 * service worker. The service worker's script lives under {@code /assistance/handover/} and is allowed, by the
 * {@code Service-Worker-Allowed} header, to control the hand-over pages under {@code /assistance/distributions/}; the
 * page registers it with its own address as the scope, so it controls nothing else.
 */
@Controller
@PreAuthorize("hasAuthority('assistance:record')")
class HandoverPages {

    /** Where the service worker's script is served, and the widest scope it may be given. */
    static final String WORKER = "/assistance/handover/sw.js";

    static final String WORKER_ALLOWED = "/assistance/distributions/";

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final MessageSource messages;

    HandoverPages(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/assistance/distributions/{id}/handover")
    String page(@PathVariable UUID id, Model model) {
        var user = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("distributionId", id);
        model.addAttribute("handoverUser", user == null ? "" : user.getName());
        model.addAttribute("worker", WORKER);
        return "assistance/handover/page";
    }

    /** The manifest of the app installed from one distribution's page: it opens that page. */
    @GetMapping("/assistance/distributions/{id}/handover/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(@PathVariable UUID id) {
        Locale locale = LocaleContextHolder.getLocale();
        String page = "/assistance/distributions/" + id + "/handover";
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", page);
        manifest.put("name", messages.getMessage("assistance.handover.app-name", null, locale));
        manifest.put("short_name", messages.getMessage("assistance.handover.title", null, locale));
        manifest.put("lang", locale.getLanguage());
        manifest.put("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        manifest.put("start_url", page);
        manifest.put("scope", page);
        manifest.put("display", "standalone");
        manifest.put("orientation", "portrait");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", "#0d6efd");
        manifest.put(
                "icons",
                List.of(
                        Map.of("src", "/assistance/handover/icon-192.png", "sizes", "192x192", "type", "image/png"),
                        Map.of("src", "/assistance/handover/icon-512.png", "sizes", "512x512", "type", "image/png"),
                        Map.of("src", "/assistance/handover/icon.svg", "sizes", "any", "type", "image/svg+xml")));
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                .cacheControl(CacheControl.noCache())
                .body(manifest);
    }

    /** The service worker, allowed to control the hand-over pages (which live outside its own folder). */
    @GetMapping(WORKER)
    ResponseEntity<Resource> worker() {
        return ResponseEntity.ok()
                .contentType(JAVASCRIPT)
                .header("Service-Worker-Allowed", WORKER_ALLOWED)
                .cacheControl(CacheControl.noCache())
                .body(new ClassPathResource("static/assistance/handover/sw.js"));
    }
}
