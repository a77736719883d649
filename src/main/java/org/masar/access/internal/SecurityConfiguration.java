package org.masar.access.internal;

import java.util.Map;
import org.masar.audit.AuditTrail;
import org.masar.shared.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain. Pages sign in with a form (and a TOTP code when the account has one, see
 * {@link SignInFlow}) and keep a session stored in PostgreSQL; scripts call the API with a bearer token, statelessly
 * and without CSRF token ({@link ApiTokenFilter}); the API answers 401 and 403 as problem details instead of
 * redirecting to the sign-in page; a user who owes a password change or a second-factor enrolment is held to that
 * page first ({@link ObligationFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProblemResponses problems,
            SignInFlow signIn,
            SignInState state,
            ApiTokenStore tokens,
            AccountStates accounts,
            AuditTrail audit,
            SignInThrottle throttle)
            throws Exception {
        RefusalAudit refusals = new RefusalAudit(audit);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/login/second-factor",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health/**",
                                "/api/v1/openapi.json",
                                "/api/v1/openapi.json/**",
                                "/api/v1/docs",
                                "/api/v1/docs/**",
                                "/api/v1/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .securityContext(context -> context.securityContextRepository(signIn.contexts))
                .requestCache(cache -> cache.requestCache(signIn.requestCache))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signIn)
                        .failureHandler(signIn)
                        .permitAll())
                .logout(logout -> logout.addLogoutHandler(signIn).logoutSuccessUrl("/login?signedOut"))
                // A bearer token is not sent by the browser on its own, so it cannot be forged across sites.
                .csrf(csrf -> csrf.csrfTokenRepository(signIn.csrfTokens)
                        .ignoringRequestMatchers(ApiTokenFilter::isBearerApiCall))
                .addFilterBefore(
                        new ApiTokenFilter(tokens, accounts, audit, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ObligationFilter(state, problems), AuthorizationFilter.class)
                .addFilterBefore(refusals, ExceptionTranslationFilter.class)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                problem(problems, HttpStatus.UNAUTHORIZED, "access.unauthenticated"), api)
                        .defaultAccessDeniedHandlerFor(refusals.recording(denied(problems)), api)
                        .defaultAccessDeniedHandlerFor(
                                refusals.recording(new AccessDeniedHandlerImpl()), AnyRequestMatcher.INSTANCE)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY))));
        return http.build();
    }

    /**
     * No observation of Spring Security at all: metrics and traces are not exposed (application.properties), yet with
     * an observation registry present Spring Security still wraps each filter of each request, and each authorization
     * of a secured method, in an observation object that the registry then discards.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id through Bouncy Castle; delegating so that stored hashes name their algorithm and can be upgraded.
        return new DelegatingPasswordEncoder(
                ARGON2, Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    private static AuthenticationEntryPoint problem(ProblemResponses problems, HttpStatus status, String code) {
        return (request, response, exception) -> problems.write(request, response, status, code);
    }

    private static AccessDeniedHandler denied(ProblemResponses problems) {
        return (request, response, exception) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "access.denied");
    }
}
