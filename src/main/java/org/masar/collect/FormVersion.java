package org.masar.collect;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One uploaded version of a form. Versions are never deleted: submissions to an old version stay readable.
 *
 * @param id the version's opaque id, used in download and manifest URLs
 * @param version the XForm's {@code version} attribute ({@code ""} when it has none)
 * @param md5 the MD5 of the XForm in hex, as the form list's {@code hash} shows it
 * @param source {@code xform} or {@code xlsform}: what was uploaded
 */
public record FormVersion(
        UUID id,
        String version,
        String title,
        String md5,
        String source,
        String uploadedBy,
        Instant uploadedAt,
        List<FormMedia> media) {

    public FormVersion {
        media = List.copyOf(media);
    }

    /** The media the form names that have not been uploaded yet. */
    public List<String> missingMedia() {
        return media.stream().filter(m -> !m.present()).map(FormMedia::filename).toList();
    }
}
