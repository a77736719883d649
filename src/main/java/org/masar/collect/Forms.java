package org.masar.collect;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.UserId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Forms and their versions, as form managers handle them (every step needs {@code collect:manage-forms} and is
 * audited). A form is named by its XForm's own id; uploading the same id with a new version adds a version, and every
 * version is kept.
 */
public interface Forms {

    /**
     * Uploads an XForm ({@code .xml}) or an XLSForm ({@code .xlsx}, converted by {@link XlsForms}) with any of the media
     * it names. The XForm must load in ODK JavaRosa. A new form starts open unless media are missing; uploading the same
     * version again with the same content adds the media given and changes nothing else.
     *
     * @throws FormInvalid when the file is not a form JavaRosa loads (naming the parser's error)
     * @throws XlsFormInvalid when the workbook is not a valid XLSForm
     * @throws FormVersionConflict when that version exists with different content
     * @throws FormMediaUnknown when a media file is not one the form names
     */
    FormDetail upload(FormFile form, List<FormFile> media);

    /**
     * Adds media files to the latest version of a form.
     *
     * @throws FormMediaUnknown when a file is not one that version names
     */
    FormDetail addMedia(String formId, List<FormFile> media);

    /** Forms, most recently changed first. */
    PageJson<FormSummary> list(Paging paging);

    /** @throws FormNotFound when there is no such form */
    FormDetail get(String formId);

    /**
     * Opens a form to phones.
     *
     * @throws FormMediaMissing when its latest version still lacks media files
     */
    FormDetail open(String formId);

    /** Closes a form: it leaves every form list at once. Its versions are kept. */
    FormDetail close(String formId);

    /**
     * Limits a form to the given users, or opens it to everyone holding {@code collect:submit} ({@code null}).
     *
     * @throws org.masar.access.UserNotFound when one of the users does not exist
     */
    FormDetail limit(String formId, @Nullable Set<UserId> users);

    /**
     * Limits a form to the given users and offices (teams): a user holding {@code collect:submit} sees it when named or
     * when they belong to one of the offices. Both {@code null} opens it to everyone holding {@code collect:submit};
     * one of them {@code null} is read as none.
     *
     * @throws org.masar.access.UserNotFound when one of the users does not exist
     * @throws org.masar.access.OfficeNotFound when one of the offices does not exist
     */
    FormDetail limit(String formId, @Nullable Set<UserId> users, @Nullable Set<OfficeId> offices);

    /**
     * One version's XForm as it is served (for an XLSForm, the converted XForm), for its managers to read.
     *
     * @throws FormNotFound when the form has no such version
     */
    String xform(String formId, java.util.UUID versionId);

    /** The users holding an active collect password: the field users a form may be limited to on the pages. */
    List<UserId> usersWithPhones();

    /** The active offices: the teams a form may be limited to on the pages. */
    List<OfficeId> offices();
}
