package org.masar.collect.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.masar.collect.OpenRosaReceiver;
import org.masar.collect.OpenRosaReceiver.Receipt;
import org.masar.shared.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The OpenRosa Form Submission API as ODK Collect, KoboCollect and Enketo call it: {@code HEAD /submission} first
 * (a 204 naming the largest request the server takes, {@code X-OpenRosa-Accept-Content-Length}, so a phone splits a
 * larger submission into several requests), then {@code POST /submission} with the instance as the
 * {@code xml_submission_file} part and its files as other parts. Every answer is an {@code OpenRosaResponse} with one
 * message in the phone's language. The request is parsed lazily here (not before the handler), so an oversized or
 * truncated body is answered as OpenRosa, never as a page's error.
 */
@RestController
class OpenRosaSubmissionEndpoint {

    static final String RESPONSE = "http://openrosa.org/http/response";
    static final String ACCEPT_CONTENT_LENGTH = "X-OpenRosa-Accept-Content-Length";
    static final String XML_PART = "xml_submission_file";
    private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    private static final XMLOutputFactory WRITERS = XMLOutputFactory.newFactory();

    private final OpenRosaReceiver receiver;
    private final MessageSource messages;
    private final long acceptContentLength;
    private final long maxRequestSize;
    private final long maxFileSize;

    OpenRosaSubmissionEndpoint(
            OpenRosaReceiver receiver,
            MessageSource messages,
            @Value("${masar.collect.submission.accept-content-length:10MB}") DataSize acceptContentLength,
            @Value("${masar.collect.submission.max-request-size:50MB}") DataSize maxRequestSize,
            @Value("${masar.collect.submission.max-file-size:50MB}") DataSize maxFileSize) {
        this.receiver = receiver;
        this.messages = messages;
        this.acceptContentLength = acceptContentLength.toBytes();
        this.maxRequestSize = maxRequestSize.toBytes();
        this.maxFileSize = maxFileSize.toBytes();
    }

    /** The preflight: credentials were checked by the chain; the phone learns how large a request may be. */
    @GetMapping("/submission")
    ResponseEntity<Void> preflight() {
        return ResponseEntity.noContent()
                .header(ACCEPT_CONTENT_LENGTH, Long.toString(acceptContentLength))
                .build();
    }

    @PostMapping("/submission")
    ResponseEntity<byte[]> submit(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxRequestSize) {
            return answer(
                    request, new Receipt(413, "collect.submission.too-large", List.of(megabytes(maxRequestSize))));
        }
        // the native request: the security chain wraps the one the resolver made
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return answer(request, new Receipt(400, "collect.submission.not-multipart", List.of()));
        }
        MultipartFile xml;
        List<OpenRosaReceiver.Part> parts = new ArrayList<>();
        try {
            xml = multipart.getFile(XML_PART);
            for (Map.Entry<String, List<MultipartFile>> entry :
                    multipart.getMultiFileMap().entrySet()) {
                for (MultipartFile file : entry.getValue()) {
                    if (file.getSize() > maxFileSize) {
                        return answer(
                                request,
                                new Receipt(413, "collect.submission.too-large", List.of(megabytes(maxFileSize))));
                    }
                    if (!XML_PART.equals(entry.getKey())) {
                        parts.add(new FilePart(file));
                    }
                }
            }
        } catch (MaxUploadSizeExceededException e) {
            return answer(
                    request, new Receipt(413, "collect.submission.too-large", List.of(megabytes(maxRequestSize))));
        } catch (MultipartException e) {
            return answer(request, new Receipt(400, "collect.submission.multipart-unreadable", List.of()));
        }
        byte[] instance;
        try {
            if (xml != null) {
                instance = xml.getBytes();
            } else {
                // sent as a form field rather than a file (some clients do)
                Part field = multipart.getPart(XML_PART);
                if (field == null) {
                    return answer(request, new Receipt(400, "collect.submission.instance-missing", List.of()));
                }
                try (InputStream in = field.getInputStream()) {
                    instance = in.readAllBytes();
                }
            }
        } catch (IOException | ServletException | MultipartException e) {
            return answer(request, new Receipt(400, "collect.submission.multipart-unreadable", List.of()));
        }
        Object password = request.getAttribute(OpenRosaReceiver.COLLECT_PASSWORD);
        Receipt receipt;
        try {
            receipt = receiver.receive(new OpenRosaReceiver.Incoming(
                    instance, parts, request.getParameter("deviceID"), password instanceof UUID id ? id : null));
        } catch (UncheckedIOException e) {
            // a file part that could not be read back: nothing was stored (one transaction)
            receipt = new Receipt(400, "collect.submission.multipart-unreadable", List.of());
        }
        return answer(request, receipt);
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request, Receipt receipt) {
        String message = messages.getMessage(
                receipt.code(), receipt.arguments().toArray(), receipt.code(), Problems.locale(request));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = WRITERS.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement("OpenRosaResponse");
            writer.writeDefaultNamespace(RESPONSE);
            writer.writeStartElement("message");
            writer.writeAttribute("nature", receipt.success() ? "submit_success" : "error");
            writer.writeCharacters(message == null ? receipt.code() : message);
            writer.writeEndElement();
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an OpenRosa response", e);
        }
        return ResponseEntity.status(HttpStatus.valueOf(receipt.status()))
                .contentType(XML)
                .header(ACCEPT_CONTENT_LENGTH, Long.toString(acceptContentLength))
                .body(out.toByteArray());
    }

    private static String megabytes(long bytes) {
        return Long.toString(Math.max(1, bytes / (1024 * 1024)));
    }

    /** A file part as the receiver reads it: spooled by the container (on disk when large), opened again as needed. */
    private record FilePart(MultipartFile file) implements OpenRosaReceiver.Part {

        @Override
        public String filename() {
            String name = file.getOriginalFilename();
            name = name == null || name.isBlank() ? file.getName() : name;
            // a client that sends a path names the file by its last step
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }

        @Override
        public @Nullable String contentType() {
            return file.getContentType();
        }

        @Override
        public long size() {
            return file.getSize();
        }

        @Override
        public InputStream open() throws IOException {
            return file.getInputStream();
        }
    }
}
