package org.masar.bench.collect;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A phone's side of the OpenRosa Form Submission API as ODK Collect speaks it: HTTP/1.1 on one kept-alive connection
 * of its own (as OkHttp holds one on a phone), HTTP Basic with a collect password sent with every request, a
 * {@code HEAD /submission} preflight, then {@code POST /submission} multipart with the instance as
 * {@code xml_submission_file} and each attachment as a part named by its filename.
 *
 * <p>It writes and reads the socket itself, blocking, rather than through {@link HttpClient}: the bench's phones share
 * the server's two cores, and the JDK client's one selector thread for every connection, its futures and hand-offs
 * cost about a sixth of the JVM's CPU and held four phones to a third of what the server could take. What a phone
 * spends sending is not what the server spends receiving; the less the phones cost, the more the figures say about
 * the server.
 */
public final class OpenRosaClient implements Closeable {

    /** What the server answered to one submission. */
    public record Answer(int status, String body) {}

    private final String host;
    private final int port;
    private final String path;
    private final String authorization;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    public OpenRosaClient(String base, String username, String password) {
        URI uri = URI.create(base + "/submission");
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.path = uri.getRawPath();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client for the bench's set-up and export requests (not the phones'): HTTP/1.1. */
    public static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The preflight: status and the accepted content length the server announces. */
    public Answer head() throws IOException {
        Response response = exchange("HEAD", null, null);
        return new Answer(
                response.status(),
                (response.acceptContentLength() == null ? "none" : response.acceptContentLength()) + " / "
                        + (response.openRosaVersion() == null ? "no version" : response.openRosaVersion()));
    }

    /** Posts one instance with an optional attachment (filename, content type, bytes). */
    public Answer submit(String xml, String attachment, String contentType, byte[] bytes) throws IOException {
        String boundary = "----bench" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream(xml.length() + (bytes == null ? 512 : bytes.length + 768));
        part(body, boundary, "xml_submission_file", "submission.xml", "text/xml",
                xml.getBytes(StandardCharsets.UTF_8));
        if (attachment != null) {
            part(body, boundary, attachment, attachment, contentType, bytes);
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        Response response = exchange("POST", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        return new Answer(response.status(), response.body());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename,
            String contentType, byte[] bytes) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private record Response(int status, String body, String acceptContentLength, String openRosaVersion) {}

    /** One request and its answer on the kept-alive connection, opened again when the server closed it. */
    private Response exchange(String method, String contentType, byte[] body) throws IOException {
        try {
            return exchangeOnce(method, contentType, body);
        } catch (EOFException | java.net.SocketException closed) {
            close(); // the server closed a kept-alive connection between requests: a phone opens a new one
            return exchangeOnce(method, contentType, body);
        }
    }

    private Response exchangeOnce(String method, String contentType, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8_192);
        }
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Authorization: ").append(authorization).append("\r\n")
                .append("X-OpenRosa-Version: 1.0\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        if (body == null) {
            out.write(headBytes);
        } else {
            byte[] request = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
        }
        out.flush();
        return read(method.equals("HEAD"));
    }

    private Response read(boolean head) throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        String accept = null;
        String version = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                case "x-openrosa-accept-content-length" -> accept = value;
                case "x-openrosa-version" -> version = value;
                default -> {}
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!head && status != 204 && status != 304) {
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    body.write(in.readNBytes((int) size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                body.write(in.readAllBytes());
                closes = true;
            }
        }
        if (closes) {
            close();
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8), accept, version);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("The server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
            socket = null;
        }
    }
}
