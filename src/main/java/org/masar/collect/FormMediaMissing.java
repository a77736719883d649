package org.masar.collect;

import org.masar.shared.ConflictException;

/** The form cannot be opened while its latest version lacks media files (listed as the argument). A 409. */
public class FormMediaMissing extends ConflictException {

    public FormMediaMissing(String formId, String missing) {
        super("collect.form-media-missing", formId, missing);
    }
}
