package org.masar.collect.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.access.RequestSignIn;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.shared.ChangeStamp;
import org.masar.shared.Problems;
import org.masar.shared.SecretBox;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates the OpenRosa endpoints with collect passwords only (never the account's password, never a session):
 * HTTP Basic (over TLS, behind the proxy) and HTTP Digest (RFC 7616 with MD5 and {@code qop=auth}, as ODK Collect
 * speaks it). Missing or wrong credentials get a 401 offering both schemes; a Digest nonce is the expiry instant sealed
 * with the application's key ({@link SecretBox}), so any node can check it and none keeps it, and an expired one gets
 * {@code stale=true} so the phone retries without asking its user. A nonce's count ({@code nc}) must grow with each
 * request: a count already seen is a replay, refused with a fresh challenge (counts are kept in this node's memory). The owner's account must still be enabled and not
 * locked ({@link RequestSignIn}); its permissions are read at each request. Every answer carries
 * {@code X-OpenRosa-Version: 1.0}.
 */
class OpenRosaAuthentication extends OncePerRequestFilter {

    static final String OPENROSA_VERSION = "X-OpenRosa-Version";
    private static final Pattern PARAMETER =
            Pattern.compile("(\\w+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]+))");

    private final CollectPasswordService passwords;
    private final RequestSignIn signIn;
    private final CollectThrottle throttle;
    private final SecretBox box;
    private final AuditTrail audit;
    private final Problems problems;
    private final JsonMapper json;
    private final Clock clock;
    private final ChangeStamp changes;
    private final Duration nonceLifetime;
    private final Cache<String, Long> nonceCounts;

    OpenRosaAuthentication(
            CollectPasswordService passwords,
            RequestSignIn signIn,
            CollectThrottle throttle,
            SecretBox box,
            AuditTrail audit,
            Problems problems,
            JsonMapper json,
            Clock clock,
            ChangeStamp changes,
            Duration nonceLifetime) {
        this.passwords = passwords;
        this.signIn = signIn;
        this.throttle = throttle;
        this.box = box;
        this.audit = audit;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
        this.changes = changes;
        this.nonceLifetime = nonceLifetime;
        this.nonceCounts = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(nonceLifetime.plusMinutes(1))
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(OPENROSA_VERSION, "1.0");
        String address = request.getRemoteAddr();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            challenge(request, response, false);
            return;
        }
        if (!throttle.allows(address)) {
            audit.record(new AuditEvent(
                    "collect.auth.denied", AuditOutcome.DENIED, "openrosa", null, "throttled", Map.of(), "anonymous"));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "collect.auth-throttled");
            return;
        }
        // An OpenRosa request changes none of the stamped tables (forms, passwords, accounts, sites): the password,
        // the account, the form and the binding it reads are all read as of this one reading of the change stamp.
        changes.rememberFor(request);
        Outcome outcome = check(request, header);
        if (outcome.match() == null) {
            throttle.failed(address);
            audit.record(new AuditEvent(
                    "collect.auth.denied",
                    AuditOutcome.DENIED,
                    "openrosa",
                    null,
                    outcome.reason(),
                    Map.of("path", request.getRequestURI()),
                    outcome.username() == null ? "anonymous" : truncate(outcome.username())));
            challenge(request, response, outcome.stale());
            return;
        }
        CollectPasswordService.Match match = outcome.match();
        if (!signIn.signIn(match.user())) {
            audit.record(new AuditEvent(
                    "collect.auth.denied",
                    AuditOutcome.DENIED,
                    "collect-password",
                    match.passwordId().toString(),
                    "account-inactive",
                    Map.of("path", request.getRequestURI()),
                    match.username()));
            challenge(request, response, false);
            return;
        }
        // The chain's SecurityContextHolderFilter clears the context when the request ends; clearing it here would
        // hide the user from the refusal handler, which runs outside this filter.
        passwords.used(match.passwordId());
        request.setAttribute(org.masar.collect.OpenRosaReceiver.COLLECT_PASSWORD, match.passwordId());
        chain.doFilter(request, response);
    }

    private record Outcome(
            CollectPasswordService.@Nullable Match match,
            String reason,
            @Nullable String username,
            boolean stale) {}

    private Outcome check(HttpServletRequest request, String header) {
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return new Outcome(null, "malformed", null, false);
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return new Outcome(null, "malformed", null, false);
            }
            String username = decoded.substring(0, colon);
            CollectPasswordService.Match match = passwords.basic(username, decoded.substring(colon + 1));
            return new Outcome(match, "wrong-password", username, false);
        }
        if (header.regionMatches(true, 0, "Digest ", 0, 7)) {
            return digest(request, parameters(header.substring(7)));
        }
        return new Outcome(null, "unsupported-scheme", null, false);
    }

    private Outcome digest(HttpServletRequest request, Map<String, String> p) {
        String username = p.get("username");
        String nonce = p.get("nonce");
        String uri = p.get("uri");
        String response = p.get("response");
        String qop = p.get("qop");
        String nc = p.get("nc");
        String cnonce = p.get("cnonce");
        String algorithm = p.getOrDefault("algorithm", "MD5");
        if (username == null
                || nonce == null
                || uri == null
                || response == null
                || qop == null
                || nc == null
                || cnonce == null) {
            return new Outcome(null, "malformed", username, false);
        }
        if (!CollectPasswordService.REALM.equals(p.get("realm"))
                || !"auth".equalsIgnoreCase(qop)
                || !"MD5".equalsIgnoreCase(algorithm)
                || !sameUri(request, uri)) {
            return new Outcome(null, "malformed", username, false);
        }
        Long expires = nonceExpiry(nonce);
        if (expires == null) {
            return new Outcome(null, "bad-nonce", username, false);
        }
        String ha2 = CollectPasswordService.md5Hex(request.getMethod() + ":" + uri);
        CollectPasswordService.Match match = passwords.digest(
                username,
                response,
                (ha1, client) -> java.security.MessageDigest.isEqual(
                        CollectPasswordService.md5Hex(
                                        ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2)
                                .getBytes(StandardCharsets.US_ASCII),
                        client.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII)));
        if (match != null && expires < clock.millis()) {
            // the right password with an old nonce: the phone retries with a new one, without asking its user
            return new Outcome(null, "stale-nonce", username, true);
        }
        if (match != null && !counted(nonce, nc)) {
            // a nonce count already seen with this nonce: a replayed request; a fresh nonce lets a real phone go on
            return new Outcome(null, "nonce-count-replayed", username, true);
        }
        return new Outcome(match, "wrong-password", username, false);
    }

    /**
     * Whether {@code nc} is higher than every count this node has accepted with this nonce (RFC 7616: the count
     * increases with each request made with a nonce), recording it. The counts live in this node's memory (a bounded
     * Caffeine cache, forgotten when the nonce expires); a node that never saw the nonce accepts its first count.
     */
    private boolean counted(String nonce, String nc) {
        long count;
        try {
            count = Long.parseLong(nc, 16);
        } catch (NumberFormatException e) {
            return false;
        }
        boolean[] higher = {false};
        nonceCounts.asMap().compute(nonce, (key, last) -> {
            if (last == null || count > last) {
                higher[0] = true;
                return count;
            }
            return last;
        });
        return higher[0];
    }

    /** The Digest {@code uri} must be the request's own (path and query), so a response cannot be replayed elsewhere. */
    private static boolean sameUri(HttpServletRequest request, String uri) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        return uri.equals(path) || (query != null && uri.equals(path + "?" + query));
    }

    private String nonce() {
        long expires = clock.millis() + nonceLifetime.toMillis();
        String sealed = box.seal(Long.toString(expires).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed.getBytes(StandardCharsets.US_ASCII));
    }

    private @Nullable Long nonceExpiry(String nonce) {
        try {
            String sealed = new String(Base64.getUrlDecoder().decode(nonce), StandardCharsets.US_ASCII);
            return Long.parseLong(new String(box.open(sealed), StandardCharsets.US_ASCII));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> values = new HashMap<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            String quoted = matcher.group(2);
            values.putIfAbsent(
                    matcher.group(1).toLowerCase(Locale.ROOT),
                    quoted != null ? quoted.replaceAll("\\\\(.)", "$1") : matcher.group(3));
        }
        return values;
    }

    private void challenge(HttpServletRequest request, HttpServletResponse response, boolean stale) throws IOException {
        response.addHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                "Digest realm=\"" + CollectPasswordService.REALM + "\", qop=\"auth\", algorithm=MD5, nonce=\"" + nonce()
                        + "\"" + (stale ? ", stale=true" : ""));
        response.addHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                "Basic realm=\"" + CollectPasswordService.REALM + "\", charset=\"UTF-8\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "collect.unauthenticated");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ProblemDetail problem = problems.of(code, status, Problems.locale(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String truncate(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
