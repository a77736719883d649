package org.masar;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random letters for a name a test makes its own (names take no digits). Not the hex letters of a UUID: a UUID holds
 * as few as none of them, and a test that cut six from it failed about one run in a hundred.
 */
public final class UniqueLetters {
    private UniqueLetters() {}

    /** {@code count} random lower-case Latin letters. */
    public static String of(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}
