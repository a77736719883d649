package org.masar.collect.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.FormDetail;
import org.masar.collect.FormMedia;
import org.masar.collect.FormSummary;
import org.masar.collect.FormVersion;

/**
 * A form as the API shows it.
 *
 * @param formId the XForm's own id
 * @param state {@code open} or {@code closed}
 * @param limitedTo the ids of the users it is limited to; none when everyone holding {@code collect:submit} sees it
 * @param offices the ids of the offices it is limited to (every user of one sees it); none when not limited
 * @param missingMedia the media files the latest version names that have not been uploaded
 * @param versions every version, newest first (only in a form's own answer)
 */
record FormJson(
        String formId,
        String title,
        String state,
        @Nullable List<UUID> limitedTo,
        @Nullable List<UUID> offices,
        String version,
        List<String> missingMedia,
        @Nullable List<VersionJson> versions,
        Instant updatedAt) {

    record VersionJson(
            UUID id,
            String version,
            String title,
            String hash,
            String source,
            String uploadedBy,
            Instant uploadedAt,
            List<MediaJson> media) {}

    /** @param hash {@code md5:…} once uploaded, none while missing */
    record MediaJson(
            String filename,
            @Nullable String contentType,
            @Nullable Long size,
            @Nullable String hash) {}

    static FormJson of(FormDetail form) {
        return new FormJson(
                form.formId(),
                form.title(),
                form.state().code(),
                form.limited() ? form.users().stream().map(u -> u.value()).toList() : null,
                form.limited() ? form.offices().stream().map(o -> o.value()).toList() : null,
                form.latest().version(),
                form.latest().missingMedia(),
                form.versions().stream().map(FormJson::version).toList(),
                form.updatedAt());
    }

    static FormJson of(FormSummary form) {
        return new FormJson(
                form.formId(),
                form.title(),
                form.state().code(),
                null,
                null,
                form.latestVersion(),
                form.missingMedia(),
                null,
                form.updatedAt());
    }

    private static VersionJson version(FormVersion v) {
        return new VersionJson(
                v.id(),
                v.version(),
                v.title(),
                "md5:" + v.md5(),
                v.source(),
                v.uploadedBy(),
                v.uploadedAt(),
                v.media().stream().map(FormJson::media).toList());
    }

    private static MediaJson media(FormMedia m) {
        return new MediaJson(m.filename(), m.contentType(), m.size(), m.md5() == null ? null : "md5:" + m.md5());
    }
}
