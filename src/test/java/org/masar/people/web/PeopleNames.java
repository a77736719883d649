package org.masar.people.web;

import java.util.concurrent.ThreadLocalRandom;

/** Names for people's page and browser tests. */
public final class PeopleNames {

    private static final String ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمن";

    private PeopleNames() {}

    /**
     * An Arabic family name no other test uses, so that only one test's people resemble each other in the database
     * all HTTP tests share.
     */
    public static String unique() {
        StringBuilder name = new StringBuilder("ال");
        for (int i = 0; i < 6; i++) {
            name.append(ARABIC_LETTERS.charAt(ThreadLocalRandom.current().nextInt(ARABIC_LETTERS.length())));
        }
        return name.toString();
    }
}
