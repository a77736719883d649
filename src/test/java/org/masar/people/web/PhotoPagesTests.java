package org.masar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** A person's photo: kept without its metadata, shown only to those who may read the person, never cached. */
@MasarIntegrationTest
class PhotoPagesTests {

    static final String TRIPOLI = "LY021104";
    static final String WAZIN = "LY020906";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void aPhotoIsStoredWithoutItsMetadataAndServedOnlyWithinScope() throws Exception {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        User elsewhere = people.user("CASEWORKER", WAZIN);
        String id =
                people.register(caseworker, """
                        {"givenName": {"lat": "Halima"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(TRIPOLI)).get("id").asString();
        byte[] png = pngWithText("Location", "32.8872 13.1913 GPS-SECRET");
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("GPS-SECRET");

        MvcTestResult uploaded = upload(caseworker, id, png);
        assertThat(uploaded).hasStatus(HttpStatus.FOUND);

        MvcTestResult shown = mvc.get()
                .uri("/people/{id}/photo", id)
                .cookie(caseworker.session())
                .exchange();
        assertThat(shown).hasStatus(HttpStatus.OK).hasContentType("image/jpeg");
        assertThat(shown.getResponse().getHeader("Cache-Control")).contains("no-store");
        byte[] served = shown.getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth())
                .isEqualTo(40);
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("GPS-SECRET");

        MvcTestResult refused = mvc.get()
                .uri("/people/{id}/photo", id)
                .cookie(elsewhere.session())
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(elsewhere, id, png)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedAndNothingIsStored() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id =
                people.register(caseworker, """
                        {"givenName": {"lat": "Idris"}, "sex": "M", "baladiya": "%s"}
                        """.formatted(TRIPOLI)).get("id").asString();
        MvcTestResult refused = upload(caseworker, id, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT count(*) FROM people_photo WHERE person_id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSmallFileDeclaringAHugePictureIsRefusedBeforeItIsDecoded() throws Exception {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id =
                people.register(caseworker, """
                        {"givenName": {"lat": "Amna"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(TRIPOLI)).get("id").asString();
        byte[] bomb = blankPng(20_000, 20_000);
        assertThat(bomb.length).isLessThan(200_000);

        assertThat(upload(caseworker, id, bomb)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT count(*) FROM people_photo WHERE person_id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A black-and-white PNG of the given size, all white: a few kilobytes whatever the size it declares. */
    private static byte[] blankPng(int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13);
        header.putInt(width)
                .putInt(height)
                .put((byte) 1)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(png, "IHDR", header.array());
        byte[] row = new byte[1 + (width + 7) / 8];
        java.util.Arrays.fill(row, (byte) 0xff);
        row[0] = 0;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (var deflating = new java.util.zip.DeflaterOutputStream(
                data, new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION), 65536)) {
            for (int y = 0; y < height; y++) {
                deflating.write(row);
            }
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(
                java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private MvcTestResult upload(User user, String id, byte[] picture) {
        return mvc.post()
                .uri("/people/{id}/photo", id)
                .multipart()
                .file(new MockMultipartFile("photo", "photo.png", "image/png", picture))
                .cookie(user.session())
                .with(csrf())
                .exchange();
    }

    /** A 40×30 PNG carrying a text chunk, as a phone's picture carries where it was taken. */
    private static byte[] pngWithText(String key, String value) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", key);
        entry.setAttribute("value", value);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(text);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        }
        return out.toByteArray();
    }
}
