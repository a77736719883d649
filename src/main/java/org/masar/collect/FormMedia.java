package org.masar.collect;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A media file a form version names (an image, audio, video or CSV choice list).
 *
 * @param md5 the MD5 of its bytes in hex; none while the file has not been uploaded
 */
public record FormMedia(
        String filename,
        @Nullable String contentType,
        @Nullable Long size,
        @Nullable String md5,
        @Nullable Instant uploadedAt) {

    /** Whether the file has been uploaded. */
    public boolean present() {
        return md5 != null;
    }
}
