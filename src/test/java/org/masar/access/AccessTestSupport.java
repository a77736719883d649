package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates accounts through the administration API, as an administrator would. */
final class AccessTestSupport {

    private AccessTestSupport() {}

    static RequestPostProcessor administrator() {
        return user("test-administrator").authorities(() -> "access:manage");
    }

    /** A username no other test uses (the database lives as long as the test JVM). */
    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an account with the given roles (and optional supervisor) and returns its id. */
    static UUID createUser(MockMvcTester mvc, String username, String supervisorId, String... roles) {
        String roleList = String.join("\",\"", roles);
        String body = """
                {"username":"%s","displayName":"Test %s","roles":[%s]%s}
                """.formatted(
                        username,
                        username,
                        roles.length == 0 ? "" : "\"" + roleList + "\"",
                        supervisorId == null ? "" : ",\"supervisorId\":\"" + supervisorId + "\"");
        MvcTestResult result = mvc.post()
                .uri("/api/v1/admin/users")
                .with(administrator())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(result).as(body(result)).hasStatus(HttpStatus.CREATED);
        String id = com.jayway.jsonpath.JsonPath.read(body(result), "$.id");
        return UUID.fromString(id);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
