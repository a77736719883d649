package org.masar.collect;

import java.util.List;
import java.util.UUID;

/**
 * Forms as a phone sees them through the OpenRosa endpoints: only open forms the signed-in user may see (holding
 * {@code collect:submit}, and named when the form is limited), and only when their latest version has all its media.
 */
public interface FormServer {

    /** A form in a phone's form list: its latest version. */
    record Listed(String formId, String title, String version, String md5, UUID versionId, boolean hasMedia) {}

    /** A version's XForm, for download. */
    record Definition(String formId, String version, String xml) {}

    /** A media file's content. */
    record MediaContent(String filename, String contentType, byte[] bytes) {}

    /** The forms the current user may fill in, by form id. */
    List<Listed> formList();

    /**
     * One version's XForm, when the current user may see its form.
     *
     * @throws FormNotFound otherwise
     */
    Definition definition(String formId, UUID versionId);

    /** One version's media files, all present (a version that lacks one is never listed). */
    List<FormMedia> manifest(String formId, UUID versionId);

    /** One media file. */
    MediaContent media(String formId, UUID versionId, String filename);
}
