package org.masar.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A document's type is its content's, whatever its name says; the name kept is safe to show and to send back. */
class CaseDocumentSniffingTests {

    @Test
    void theFirstBytesDecideTheType() {
        assertThat(CaseDocumentService.sniff(bytes("%PDF-1.7 ..."))).contains("application/pdf");
        assertThat(CaseDocumentService.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains("image/jpeg");
        assertThat(CaseDocumentService.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .contains("image/png");
        assertThat(CaseDocumentService.sniff(bytes("RIFF\0\0\0\0WEBPVP8 "))).contains("image/webp");
        assertThat(CaseDocumentService.sniff(bytes("MZ\u0090 a program"))).isEmpty();
        assertThat(CaseDocumentService.sniff(bytes("<html><script>alert(1)</script>")))
                .isEmpty();
        assertThat(CaseDocumentService.sniff(bytes("%PD"))).isEmpty();
        assertThat(CaseDocumentService.sniff(new byte[0])).isEmpty();
        assertThat(CaseDocumentService.sniff(bytes("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
    }

    @Test
    void theNameKeptHasNoPathQuotesNorControlCharacters() {
        assertThat(CaseDocumentService.safeName("C:\\Users\\amal\\passport.pdf", "application/pdf"))
                .isEqualTo("passport.pdf");
        assertThat(CaseDocumentService.safeName("../../etc/passwd", "application/pdf"))
                .isEqualTo("passwd");
        assertThat(CaseDocumentService.safeName("a\"b\r\nX-Header: 1.pdf", "application/pdf"))
                .doesNotContain("\"", "\r", "\n");
        assertThat(CaseDocumentService.safeName("", "image/png")).isEqualTo("document.png");
        assertThat(CaseDocumentService.safeName("..", "image/jpeg")).isEqualTo("document.jpg");
        assertThat(CaseDocumentService.safeName("جواز السفر.pdf", "application/pdf"))
                .isEqualTo("جواز السفر.pdf");
        assertThat(CaseDocumentService.safeName("x".repeat(500), "application/pdf"))
                .hasSize(200);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
