package org.masar.access;

import java.util.UUID;

/** The public id of a restricted sample record. */
public record RestrictedSampleId(UUID value) {

    public static RestrictedSampleId parse(String text) {
        return new RestrictedSampleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
