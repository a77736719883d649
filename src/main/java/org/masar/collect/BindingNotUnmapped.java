package org.masar.collect;

import org.masar.shared.ConflictException;

/** Only a current unmapped submission is mapped again (a mapped one, or one an edit replaced, is not): a 409. */
public class BindingNotUnmapped extends ConflictException {

    public BindingNotUnmapped(String submissionId, String state) {
        super("collect.binding-not-unmapped", submissionId, state);
    }
}
