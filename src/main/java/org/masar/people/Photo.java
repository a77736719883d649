package org.masar.people;

/**
 * A person's photo as stored: always a JPEG that Masar re-encoded itself, so it carries no metadata (no camera, no
 * place the picture was taken).
 */
public record Photo(byte[] jpeg) {

    public Photo {
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }
}
