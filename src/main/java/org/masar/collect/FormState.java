package org.masar.collect;

/** Whether phones may see a form and send it: closed forms are in no form list. */
public enum FormState {
    OPEN,
    CLOSED;

    /** The code used in the API and the database ({@code open}, {@code closed}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
