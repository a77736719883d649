package org.masar.collect.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.masar.access.CurrentUser;
import org.masar.access.RequestSignIn;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.shared.ChangeStamp;
import org.masar.shared.Problems;
import org.masar.shared.SecretBox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenRosa endpoints' own security filter chain, ahead of the application's one: they are what phones call, with
 * a collect password ({@link OpenRosaAuthentication}), never with a session or the sign-in page, so this chain keeps
 * no session, reads no session cookie and needs no CSRF token (no browser session can be ridden). The paths are
 * {@code /formList}, {@code /forms/**} (downloads, manifests, media) and {@code /submission}.
 */
@Configuration(proxyBeanMethods = false)
class OpenRosaSecurity {

    static final String[] PATHS = {"/formList", "/forms/**", "/submission"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain openRosaFilterChain(
            HttpSecurity http,
            CollectPasswordService passwords,
            RequestSignIn signIn,
            CollectThrottle throttle,
            SecretBox box,
            AuditTrail audit,
            Problems problems,
            JsonMapper json,
            Clock clock,
            ChangeStamp changes,
            @Value("${masar.collect.digest-nonce-lifetime:PT10M}") Duration nonceLifetime)
            throws Exception {
        OpenRosaAuthentication authentication = new OpenRosaAuthentication(
                passwords, signIn, throttle, box, audit, problems, json, clock, changes, nonceLifetime);
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests
                        // /submission decides itself (FormServer.receiving), so a refusal is an OpenRosa answer
                        .requestMatchers("/submission")
                        .authenticated()
                        .anyRequest()
                        .hasAuthority(FormService.SUBMIT))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(authentication, AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    // a phone whose owner lacks collect:submit: refused, and the refusal audited as every 403 is
                    audit.record(new AuditEvent(
                            "collect.openrosa.denied",
                            AuditOutcome.DENIED,
                            "openrosa",
                            null,
                            FormService.SUBMIT,
                            Map.of("path", request.getRequestURI()),
                            CurrentUser.find().map(CurrentUser::username).orElse("anonymous")));
                    response.setHeader(OpenRosaAuthentication.OPENROSA_VERSION, "1.0");
                    response.setStatus(HttpStatus.FORBIDDEN.value());
                    response.setContentType("application/problem+json");
                    json.writeValue(
                            response.getOutputStream(),
                            problems.of("access.denied", HttpStatus.FORBIDDEN, Problems.locale(request)));
                }));
        return http.build();
    }
}
