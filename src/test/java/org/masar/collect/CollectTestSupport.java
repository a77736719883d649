package org.masar.collect;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.masar.access.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Accounts, form uploads and collect passwords for the collect tests, and the phone's side of Basic and Digest. */
public final class CollectTestSupport {

    public static final String PASSWORD = "Collect-Tests-Pa55word!";

    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final TestAccounts accounts;

    /** A signed-in user: their account id, username and session cookie. */
    public record User(UUID id, String username, Cookie session) {}

    /** A phone: the username and the collect password it was given. */
    public record Phone(String username, String password, UUID passwordId) {}

    public CollectTestSupport(MockMvcTester mvc, JdbcClient jdbc, PasswordEncoder encoder, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
    }

    public User user(String role) {
        String username = TestAccounts.unique(role.toLowerCase().replace('_', '-'));
        UUID id = accounts.create(username, PASSWORD, role);
        return new User(id, username, accounts.signedIn(username, PASSWORD));
    }

    public static byte[] resource(String name) {
        try (InputStream in = CollectTestSupport.class.getResourceAsStream("/collect/forms/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simple form with this id, version and title. */
    public static byte[] simpleForm(String formId, String version, String title) {
        return new String(resource("simple.xml"), StandardCharsets.UTF_8)
                .replace("FORM_ID", formId)
                .replace("FORM_VERSION", version)
                .replace("FORM_TITLE", title)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String uniqueFormId(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    public MvcTestResult upload(User by, String filename, byte[] form, MockMultipartFile... media) {
        var request = mvc.post()
                .uri("/api/v1/collect/forms")
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/xml", form));
        for (MockMultipartFile file : media) {
            request = request.file(file);
        }
        return request.cookie(by.session()).with(csrf()).exchange();
    }

    public static MockMultipartFile media(String filename, byte[] bytes) {
        return new MockMultipartFile("media", filename, "image/png", bytes);
    }

    public Phone phone(User owner, String name) {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/account/collect-passwords")
                .contentType("application/json")
                .content("{\"name\": \"" + name + "\"}")
                .cookie(owner.session())
                .with(csrf())
                .exchange();
        JsonNode body = json(created);
        return new Phone(
                owner.username(),
                body.get("password").asString(),
                UUID.fromString(body.get("id").asString()));
    }

    public JsonNode json(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phone's address, so that this test's deliberate failures throttle no other test's requests. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The path of an absolute URL the server gave (MockMvc takes paths). */
    public static String path(String url) {
        return URI.create(url).getRawPath();
    }

    /** The Digest answer a client computes to the server's challenge (RFC 7616, MD5, qop=auth). */
    public static String digest(
            String username, String password, String realm, String nonce, String method, String uri, String nc) {
        String cnonce = UUID.randomUUID().toString().replace("-", "");
        String ha1 = md5(username + ":" + realm + ":" + password);
        String ha2 = md5(method + ":" + uri);
        String response = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", algorithm=MD5, qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + "\", response=\"" + response
                + "\"";
    }

    public static String md5(String text) {
        return md5(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
