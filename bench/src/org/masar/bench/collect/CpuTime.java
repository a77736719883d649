package org.masar.bench.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the bench's PostgreSQL (its postmaster and every backend it forked), read
 * from {@code /proc}. Dividing a level's CPU by its submissions gives what one submission costs, a figure that, unlike
 * the rate, does not depend on what else the two cores were doing meanwhile.
 */
final class CpuTime {

    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
    private static final double MS_PER_TICK = 10.0;

    private final long postmaster;

    CpuTime(Path postgresDataDir) throws IOException {
        this.postmaster = Long.parseLong(
                Files.readAllLines(postgresDataDir.resolve("postmaster.pid")).get(0).strip());
    }

    /** Milliseconds of CPU (user and system) of this JVM, and of PostgreSQL. */
    record Sample(double jvm, double postgres) {
        Sample minus(Sample earlier) {
            return new Sample(jvm - earlier.jvm, postgres - earlier.postgres);
        }
    }

    Sample now() {
        double postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] stat = stat(process.resolve("stat"));
                if (stat != null && (Long.parseLong(name) == postmaster || stat[0] == postmaster)) {
                    postgres += (stat[1] + stat[2]) * MS_PER_TICK;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long[] self = stat(Path.of("/proc/self/stat"));
        return new Sample(self == null ? 0 : (self[1] + self[2]) * MS_PER_TICK, postgres);
    }

    /** Parent pid, user ticks and system ticks; null when the process ended meanwhile. */
    private static long[] stat(Path file) {
        String line;
        try {
            line = Files.readString(file);
        } catch (IOException e) {
            return null;
        }
        // the command name may hold spaces and parentheses: the fields that follow start after its last ')'
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12])};
    }
}
