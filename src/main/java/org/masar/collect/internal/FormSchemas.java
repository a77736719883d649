package org.masar.collect.internal;

import java.util.UUID;

/** The questions of form versions, read from their XForms once and cached by version (versions never change). */
public interface FormSchemas {

    /**
     * The schema of one stored version.
     *
     * @throws org.masar.collect.FormNotFound when there is no such version
     */
    FormSchema of(UUID versionId);
}
