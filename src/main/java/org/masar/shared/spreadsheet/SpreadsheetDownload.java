package org.masar.shared.spreadsheet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A streamed export's response body, for every module that writes one. */
public final class SpreadsheetDownload {

    private SpreadsheetDownload() {}

    /**
     * The response's body, which becomes a file only when the first byte is written: a refusal or a bad filter found
     * before that is still answered as a problem, with no attachment header left on it. The file is never cached and
     * never sniffed as another type.
     *
     * @param name the file's name without its extension
     */
    public static OutputStream body(HttpServletResponse response, SpreadsheetFormat format, String name) {
        return new OutputStream() {
            private @Nullable OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    response.setContentType(format.contentType());
                    response.setHeader(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(name + "." + format.extension(), StandardCharsets.UTF_8)
                                    .build()
                                    .toString());
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    body = response.getOutputStream();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                body().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (body != null) {
                    body.flush();
                }
            }

            @Override
            public void close() {
                // The container closes the response.
            }
        };
    }
}
