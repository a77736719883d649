package org.masar.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses the administration pages and API to anyone without {@code access:manage} before any controller runs. The
 * services check the same permission themselves; this makes forms and empty pages refuse as well.
 */
@Configuration(proxyBeanMethods = false)
class AdministrationGuard implements WebMvcConfigurer, HandlerInterceptor {

    static final String PERMISSION = "access:manage";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**", "/api/v1/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> PERMISSION.equals(authority.getAuthority()));
        if (!allowed) {
            throw new AccessDeniedException("access:manage is needed");
        }
        return true;
    }
}
