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
