package org.masar.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masar.collect.CollectTestSupport.basic;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /submission} through Tomcat itself, where MockMvc cannot go: a large photo spooled to disk and stored, a body
 * cut before its end and a request over the size limit answered as OpenRosa with nothing stored, the pages' own
 * multipart limits unchanged; and a Digest nonce count replayed refused with a fresh challenge.
 */
@MasarIntegrationTest
class SubmissionTransportTests {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @Autowired
    MultipartResolver multipartResolver;

    CollectTestSupport collect;
    User officer;
    Phone phone;
    String formId;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        officer = collect.user("DTM_OFFICER");
        phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Redmi 12");
        formId = CollectTestSupport.uniqueFormId("transport");
        assertThat(collect.upload(officer, "visit.xml", SubmissionIngestTests.household(formId, "1")))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aLargePhotoGoesThroughTomcatAndIsStoredWhole() throws Exception {
        byte[] photo = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(photo);
        String instanceId = SubmissionIngestTests.newInstanceId();
        String xml = SubmissionIngestTests.instance(formId, "1", instanceId, null, "Sabha", 4)
                .replace("<photo/>", "<photo>big.jpg</photo>");
        HttpResponse<String> response = post(multipart(xml, "big.jpg", photo, true));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-OpenRosa-Version")).hasValue("1.0");
        assertThat(response.body()).contains("OpenRosaResponse");
        Map<String, Object> stored =
                jdbc.sql("""
                        SELECT a.size, c.bytes FROM collect_submission_attachment a
                          JOIN collect_submission s ON s.id = a.submission
                          JOIN collect_attachment_content c ON c.sha256 = a.sha256
                         WHERE s.instance_id = :instanceId
                        """).param("instanceId", instanceId).query().singleRow();
        assertThat(stored.get("size")).isEqualTo((long) photo.length);
        assertThat(Arrays.equals((byte[]) stored.get("bytes"), photo)).isTrue();
    }

    @Test
    void aBodyCutBeforeItsEndIsRefusedAndNothingIsStored() throws Exception {
        String instanceId = SubmissionIngestTests.newInstanceId();
        String xml = SubmissionIngestTests.instance(formId, "1", instanceId, null, "Sabha", 4);
        byte[] whole = multipart(xml, "x.jpg", new byte[2000], true);
        byte[] cut = Arrays.copyOf(whole, whole.length - 600);
        HttpResponse<String> response = post(cut);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OpenRosaResponse").contains("could not be read");
        assertThat(count()).isZero();
    }

    @Test
    void aRequestOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        long declared = 60L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /submission HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: " + basic(phone.username(), phone.password()) + "\r\n"
                            + "X-OpenRosa-Version: 1.0\r\n"
                            + "Content-Type: multipart/form-data; boundary=b0undary\r\n"
                            + "Content-Length: " + declared + "\r\n\r\n"
                            + "--b0undary\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("OpenRosaResponse").contains("at most 50 MB");
        }
        assertThat(count()).isZero();
    }

    @Test
    void thePagesKeepTheirOwnMultipartLimits() {
        MockHttpServletRequest page = new MockHttpServletRequest("POST", "/api/v1/collect/forms");
        page.setContentType("multipart/form-data; boundary=x");
        page.setContent(new byte[7 * 1024 * 1024]);
        assertThatThrownBy(() -> multipartResolver.resolveMultipart(page))
                .isInstanceOf(MaxUploadSizeExceededException.class);
        MockHttpServletRequest submission = new MockHttpServletRequest("POST", "/submission");
        submission.setContentType("multipart/form-data; boundary=x");
        submission.setContent(new byte[7 * 1024 * 1024]);
        // resolved lazily: /submission reads its body itself, under its own limits
        assertThat(multipartResolver.resolveMultipart(submission)).isNotNull();
    }

    @Test
    void aDigestNonceCountReplayedIsRefusedWithAFreshChallenge() {
        String address = SubmissionIngestTests.address();
        MvcTestResult challenge = mvc.head()
                .uri("/submission")
                .with(CollectTestSupport.from(address))
                .exchange();
        String nonce = nonce(challenge);
        String first = CollectTestSupport.digest(
                phone.username(), phone.password(), "Masar", nonce, "HEAD", "/submission", "00000001");
        assertThat(head(first, address)).hasStatus(HttpStatus.NO_CONTENT);
        // the same request again (same nonce, same count): a replay
        MvcTestResult replayed = head(first, address);
        assertThat(replayed).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(replayed.getResponse().getHeaders("WWW-Authenticate"))
                .anyMatch(h -> h.startsWith("Digest ") && h.contains("stale=true"));
        String lower = CollectTestSupport.digest(
                phone.username(), phone.password(), "Masar", nonce, "HEAD", "/submission", "00000001");
        assertThat(head(lower, address)).hasStatus(HttpStatus.UNAUTHORIZED);
        // the next count with the same nonce is accepted, as is a fresh nonce
        String next = CollectTestSupport.digest(
                phone.username(), phone.password(), "Masar", nonce, "HEAD", "/submission", "00000002");
        assertThat(head(next, address)).hasStatus(HttpStatus.NO_CONTENT);
        String fresh = CollectTestSupport.digest(
                phone.username(), phone.password(), "Masar", nonce(replayed), "HEAD", "/submission", "00000001");
        assertThat(head(fresh, address)).hasStatus(HttpStatus.NO_CONTENT);
    }

    private MvcTestResult head(String authorization, String address) {
        return mvc.head()
                .uri("/submission")
                .header("Authorization", authorization)
                .with(CollectTestSupport.from(address))
                .exchange();
    }

    private static String nonce(MvcTestResult challenge) {
        String header = challenge.getResponse().getHeaders("WWW-Authenticate").stream()
                .filter(h -> h.startsWith("Digest "))
                .findFirst()
                .orElseThrow();
        Matcher matcher = NONCE.matcher(header);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private long count() {
        return jdbc.sql("""
                        SELECT count(*) FROM collect_submission s JOIN collect_form f ON f.id = s.form
                         WHERE f.form_id = :formId
                        """).param("formId", formId).query(Long.class).single();
    }

    private static final String BOUNDARY =
            "----masar" + UUID.randomUUID().toString().replace("-", "");

    private static byte[] multipart(String xml, String filename, byte[] file, boolean closed) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"xml_submission_file\"; "
                        + "filename=\"submission.xml\"\r\nContent-Type: text/xml\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(xml.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + filename + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        if (closed) {
            body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return body.toByteArray();
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/submission"))
                .header("Authorization", basic(phone.username(), phone.password()))
                .header("X-OpenRosa-Version", "1.0")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Reads the answer's status line, headers and (small) body, until the connection pauses or closes. */
    private static String readHead(InputStream in) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            int n;
            try {
                n = in.read(buffer);
            } catch (java.net.SocketException e) {
                break;
            }
            if (n < 0) {
                break;
            }
            answer.write(buffer, 0, n);
            if (answer.toString(StandardCharsets.UTF_8).contains("</OpenRosaResponse>")) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
