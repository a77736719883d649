package org.masar.access;

/**
 * A generated password, shown once to the administrator who asked for it and never stored in clear. The account must
 * change it at its next sign-in. {@link #toString()} hides it, so that it cannot slip into a log by accident.
 */
public record OneTimePassword(String value) {

    @Override
    public String toString() {
        return "OneTimePassword[hidden]";
    }
}
