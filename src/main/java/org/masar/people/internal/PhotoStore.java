package org.masar.people.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.masar.people.PhotoRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos, outside the person's row. An upload is decoded and drawn onto a fresh picture, at most {@value #MAX_SIDE}
 * pixels on its longer side, then encoded as JPEG: what is stored holds the picture only. Metadata a phone writes
 * (the place it was taken, the device) would otherwise tell where a person in danger was.
 */
@Component
class PhotoStore {

    static final int MAX_UPLOAD = 5 * 1024 * 1024;
    static final int MAX_SIDE = 800;

    private final JdbcClient jdbc;

    PhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(UUID person, byte[] upload, String by, Instant at) {
        byte[] jpeg = reencode(upload);
        jdbc.sql("""
                        INSERT INTO people_photo (person_id, media_type, content, uploaded_at, uploaded_by)
                        VALUES (:person, 'image/jpeg', :content, :at, :by)
                        ON CONFLICT (person_id) DO UPDATE
                           SET media_type = 'image/jpeg', content = EXCLUDED.content, uploaded_at = EXCLUDED.uploaded_at,
                               uploaded_by = EXCLUDED.uploaded_by
                        """)
                .param("person", person)
                .param("content", jpeg)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    Optional<byte[]> find(UUID person) {
        return jdbc.sql("SELECT content FROM people_photo WHERE person_id = :person")
                .param("person", person)
                .query(byte[].class)
                .optional();
    }

    static byte[] reencode(byte[] upload) {
        if (upload.length == 0 || upload.length > MAX_UPLOAD || !(isJpeg(upload) || isPng(upload))) {
            throw new PhotoRejected();
        }
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException unreadable) {
            throw new PhotoRejected();
        }
        if (read == null || read.getWidth() < 1 || read.getHeight() < 1) {
            throw new PhotoRejected();
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(read.getWidth(), read.getHeight()));
        int width = Math.max(1, (int) Math.round(read.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(read.getHeight() * scale));
        BufferedImage clean = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = clean.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(read, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(clean, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
