package org.masar.dtm;

import org.jspecify.annotations.Nullable;

/**
 * Who informed an assessment, never by name.
 *
 * @param role a lower-case code ({@code mukhtar}, {@code municipality-official}, {@code community-leader}…)
 * @param sex {@code f} or {@code m}; null when not recorded
 * @param organisationType a lower-case code ({@code municipality}, {@code crisis-committee}, {@code ngo}…)
 */
public record KeyInformant(String role, @Nullable String sex, String organisationType) {}
