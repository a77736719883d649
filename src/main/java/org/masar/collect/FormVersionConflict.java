package org.masar.collect;

import org.masar.shared.ConflictException;

/** This version of the form was uploaded before with different content: give the new form a new version. A 409. */
public class FormVersionConflict extends ConflictException {

    public FormVersionConflict(String formId, String version) {
        super("collect.form-version-conflict", formId, version);
    }
}
