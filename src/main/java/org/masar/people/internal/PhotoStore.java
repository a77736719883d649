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
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
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
    /** The most pixels an upload may declare: a phone's 48-megapixel photo, and a little more. */
    static final long MAX_PIXELS = 50_000_000L;

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
            read = decode(upload);
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

    /**
     * The picture, decoded only once its header says it is of a sensible size (a few kilobytes of PNG can declare
     * billions of pixels, and decoding them would take the server's memory), and read at a step that leaves it no
     * larger than twice what is kept.
     */
    private static @Nullable BufferedImage decode(byte[] upload) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                    throw new PhotoRejected();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
