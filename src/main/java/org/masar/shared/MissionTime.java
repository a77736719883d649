package org.masar.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The mission's time zone: Libya's ({@code Africa/Tripoli}, two hours ahead of UTC all year, no summer time). Instants
 * are kept as such; the dates and times people type and read, and the days and months that figures, deadlines and
 * reports count by, are Libya's. From 22:00 to 24:00 UTC it is already the next day there.
 */
public final class MissionTime {

    public static final ZoneId ZONE = ZoneId.of("Africa/Tripoli");

    /** Today in Libya, by the application's clock ({@code LocalDate.now(clock)} would be UTC's day). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private MissionTime() {}
}
