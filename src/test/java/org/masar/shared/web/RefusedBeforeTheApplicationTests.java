package org.masar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before any controller runs — by Tomcat itself, by Spring Security's firewall, by Tomcat's limit on a
 * form body — are answered like every other error: an RFC 9457 problem with the security headers. Sent over a plain
 * socket to the real server, since MockMvc skips Tomcat and lets any path through.
 */
@MasarIntegrationTest
class RefusedBeforeTheApplicationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    record Response(int status, Map<String, String> headers, String body) {}

    @ParameterizedTest(name = "{0} {1} is a {2} problem")
    @CsvSource({
        "GET, /api/v1/account;jsessionid=x, 400",
        "GET, /api//v1/account, 400",
        "GET, /api/v1/geo/../account, 400",
        "GET, /api/v1/geo%2fregions, 400",
        "GET, /geo%2F..%2Fadmin, 400",
        "GET, /../etc/passwd, 400",
        "GET, /geo/%00, 400",
        "GET, /error, 404",
        "TRACE, /, 405",
        "TRACE, /api/v1/account, 405",
        "PROPFIND, /api/v1/account, 405",
        "PROPFIND, /, 405",
    })
    void refusedRequestsAreProblemsWithTheSecurityHeaders(String method, String path, int status) throws IOException {
        Response response = exchange(
                method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n" + "Connection: close\r\n\r\n",
                new byte[0]);

        assertIsAProblem(response, status);
    }

    @Test
    void aFormBodyOverTheLimitIsA413Problem() throws IOException {
        byte[] body = ("username=" + "a".repeat(2 * 1024 * 1024 + 64 * 1024) + "&password=x")
                .getBytes(StandardCharsets.US_ASCII);
        Response response = exchange(
                "POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
                        + "Connection: close\r\n\r\n",
                body);

        assertIsAProblem(response, 413);
    }

    @Test
    void aBrowserSendingTheFormGetsTheProblemPageInItsLanguage() throws IOException {
        byte[] body = ("username=" + "a".repeat(2 * 1024 * 1024 + 64 * 1024)).getBytes(StandardCharsets.US_ASCII);
        Response response = exchange(
                "POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                        + "Accept-Language: ar\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n",
                body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers().get("content-type")).startsWith("text/html");
        assertThat(response.body()).contains("dir=\"rtl\"").contains("الطلب كبير جدًا");
        assertThat(response.headers()).containsKey("content-security-policy").containsEntry("x-frame-options", "DENY");
    }

    @Test
    void aLanguageCookieMasarDidNotWriteIsIgnored() throws IOException {
        Response response = exchange(
                "GET /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                        + "Cookie: masar-lang=zz_@@!\r\nConnection: close\r\n\r\n",
                new byte[0]);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"en\"");
    }

    private void assertIsAProblem(Response response, int status) throws IOException {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).startsWith("/problems/");
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(response.headers())
                .containsKeys("content-security-policy", "referrer-policy")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY");
    }

    /** Writes the request as given (no client library normalises the path) and reads the whole answer. */
    private Response exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            // One character a byte, so that lengths and chunk sizes count alike; the body is decoded at the end.
            return parse(received.toString(StandardCharsets.ISO_8859_1));
        }
    }

    private static Response parse(String raw) {
        // Skip any interim 100 Continue before the final answer.
        while (raw.startsWith("HTTP/1.1 1")) {
            raw = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        }
        int endOfHead = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        String body = raw.substring(endOfHead + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(
                status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
