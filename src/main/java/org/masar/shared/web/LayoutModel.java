package org.masar.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.shared.Actor;
import org.masar.shared.MenuEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the signed-in user's name and permissions, and the menu entries the modules
 * declared ({@link MenuEntry} beans), only those the user may use, to show only what they may use.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final ObjectProvider<MenuEntry> entries;

    /**
     * Every module's entries in menu order, found once: looking the beans up again at every request cost more than
     * the rest of this advice, and it runs for every handler, API ones included.
     */
    private volatile @Nullable List<MenuEntry> ordered;

    LayoutModel(ObjectProvider<MenuEntry> entries) {
        this.entries = entries;
    }

    @ModelAttribute("permissions")
    Set<String> permissions() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        return Actor.username().orElse("");
    }

    /** The menu entries the signed-in user holds the permission of, in their order; none for a stranger. */
    @ModelAttribute("menu")
    List<MenuEntry> menu() {
        if (signedInAs().isEmpty()) {
            return List.of();
        }
        Set<String> permissions = permissions();
        List<MenuEntry> all = ordered;
        if (all == null) {
            all = entries.stream()
                    .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::link))
                    .toList();
            ordered = all;
        }
        return all.stream().filter(entry -> entry.isFor(permissions)).toList();
    }
}
