package org.masar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the layout needs on every page: the signed-in user's name and permissions, and the menu entries the modules
 * declared ({@link MenuEntry} beans), only those the user may use, to show only what they may use. Added after the
 * handler, and only when it answers with a page: as a {@code @ModelAttribute} advice it ran before every handler, API
 * and OpenRosa ones included, whose answers never use it (a few per cent of each phone's submission).
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final ObjectProvider<MenuEntry> entries;

    /**
     * Every module's entries in menu order, found once: looking the beans up again at every request cost more than
     * the rest of this advice, and it runs for every handler, API ones included.
     */
    private volatile @Nullable List<MenuEntry> ordered;

    LayoutModel(ObjectProvider<MenuEntry> entries) {
        this.entries = entries;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView) {
            return;
        }
        String name = page.getViewName();
        if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))) {
            return; // a redirect would carry the user's name along as a query parameter
        }
        page.getModel().putIfAbsent("permissions", permissions());
        page.getModel().putIfAbsent("signedInAs", signedInAs());
        page.getModel().putIfAbsent("menu", menu());
    }

    Set<String> permissions() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }

    String signedInAs() {
        return Actor.username().orElse("");
    }

    /** The menu entries the signed-in user holds the permission of, in their order; none for a stranger. */
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
