package org.masar.collect;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Forms as a phone sees them through the OpenRosa endpoints: only open forms the signed-in user may see (holding
 * {@code collect:submit}, and, when the form is limited, named in it or a user of one of its offices), and only when
 * their latest version has all its media.
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

    /**
     * Whether the signed-in user may send a submission to a form's version, and if so which rows it goes to. Answered
     * without an exception and with one indexed query, for {@code /submission}'s every request. The checks run in the
     * order a server answers them: the form exists; the user holds {@code collect:submit} and may see the form (not
     * limited, or named in it, or a user of one of its offices); it is open; the version exists (any version of the
     * form, not only the latest: a phone may still hold an older one).
     *
     * @param version the instance's {@code version} attribute; {@code null} or blank for a form without one
     */
    Receiving receiving(String formId, @Nullable String version);

    /** What {@link #receiving} found. */
    sealed interface Receiving {

        /**
         * The user may send to this version: the form's and the version's row ids, and whether the form is bound to a
         * Masar target (its submissions are mapped as they arrive).
         */
        record Open(UUID form, UUID versionId, boolean bound) implements Receiving {}

        /** No form has this id. */
        record FormUnknown() implements Receiving {}

        /** The user lacks {@code collect:submit}, or the form is limited to others. */
        record NotAllowed() implements Receiving {}

        /** The form is closed: it takes no submissions. */
        record Closed() implements Receiving {}

        /** The form has no such version. */
        record VersionUnknown() implements Receiving {}
    }
}
