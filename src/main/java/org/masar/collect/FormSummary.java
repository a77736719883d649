package org.masar.collect;

import java.time.Instant;
import java.util.List;

/**
 * A form as the forms list shows it.
 *
 * @param formId the XForm's own id, the one phones know it by
 * @param title the latest version's title
 * @param limited whether only named users see it (otherwise everyone holding {@code collect:submit})
 * @param latestVersion the latest version's {@code version} attribute
 * @param missingMedia the media files the latest version still lacks
 */
public record FormSummary(
        String formId,
        String title,
        FormState state,
        boolean limited,
        String latestVersion,
        int versions,
        List<String> missingMedia,
        Instant updatedAt) {

    public FormSummary {
        missingMedia = List.copyOf(missingMedia);
    }
}
