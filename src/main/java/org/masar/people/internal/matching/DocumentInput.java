package org.masar.people.internal.matching;

import org.jspecify.annotations.Nullable;

public record DocumentInput(
        String type, String number, @Nullable String issuingCountry) {}
