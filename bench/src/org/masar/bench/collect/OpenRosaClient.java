package org.masar.bench.collect;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A phone's side of the OpenRosa Form Submission API as ODK Collect speaks it: HTTP/1.1, HTTP Basic with a collect
 * password sent with every request, a {@code HEAD /submission} preflight, then {@code POST /submission} multipart with
 * the instance as {@code xml_submission_file} and each attachment as a part named by its filename.
 */
public final class OpenRosaClient {

    /** What the server answered to one submission. */
    public record Answer(int status, String body) {}

    private final HttpClient http;
    private final URI submission;
    private final String authorization;

    public OpenRosaClient(HttpClient http, String base, String username, String password) {
        this.http = http;
        this.submission = URI.create(base + "/submission");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client for the bench's threads: HTTP/1.1 (as Collect's OkHttp speaks to a plain-HTTP server). */
    public static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The preflight: status and the accepted content length the server announces. */
    public Answer head() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(submission)
                        .header("Authorization", authorization)
                        .header("X-OpenRosa-Version", "1.0")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("X-OpenRosa-Accept-Content-Length").orElse("none")
                        + " / " + response.headers().firstValue("X-OpenRosa-Version").orElse("no version"));
    }

    /** Posts one instance with an optional attachment (filename, content type, bytes). */
    public Answer submit(String xml, String attachment, String contentType, byte[] bytes) throws Exception {
        String boundary = "----bench" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream(xml.length() + (bytes == null ? 512 : bytes.length + 768));
        part(body, boundary, "xml_submission_file", "submission.xml", "text/xml",
                xml.getBytes(StandardCharsets.UTF_8));
        if (attachment != null) {
            part(body, boundary, attachment, attachment, contentType, bytes);
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(submission)
                        .header("Authorization", authorization)
                        .header("X-OpenRosa-Version", "1.0")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename,
            String contentType, byte[] bytes) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
