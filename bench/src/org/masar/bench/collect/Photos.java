package org.masar.bench.collect;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A small photo as a phone attaches it: one real JPEG of about {@link #TARGET} bytes, made once, and a distinct copy
 * per submission (16 random bytes in a JPEG comment segment after the start marker), so that no two submissions share
 * the attachment's content: every one is stored, none deduplicated.
 */
public final class Photos {

    public static final int TARGET = 20_000;

    private final byte[] base;

    public Photos() {
        this.base = jpeg();
    }

    public int size() {
        return base.length + 20;
    }

    /** A copy of the photo no other call returns. */
    public byte[] next() {
        byte[] comment = new byte[16];
        ThreadLocalRandom.current().nextBytes(comment);
        byte[] photo = new byte[base.length + 4 + comment.length];
        photo[0] = base[0];
        photo[1] = base[1]; // FF D8: start of image
        photo[2] = (byte) 0xFF;
        photo[3] = (byte) 0xFE; // comment segment
        photo[4] = 0;
        photo[5] = (byte) (comment.length + 2);
        System.arraycopy(comment, 0, photo, 6, comment.length);
        System.arraycopy(base, 2, photo, 6 + comment.length, base.length - 2);
        return photo;
    }

    static byte[] jpeg() {
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int shade = (x + y) / 3 + random.nextInt(40);
                image.setRGB(x, y, new Color(Math.min(255, shade), Math.min(255, 60 + shade / 2), 90).getRGB());
            }
        }
        byte[] best = null;
        for (float quality = 0.95f; quality > 0.1f; quality -= 0.05f) {
            byte[] bytes = write(image, quality);
            best = bytes;
            if (bytes.length <= TARGET) {
                break;
            }
        }
        return best;
    }

    static byte[] write(BufferedImage image, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
