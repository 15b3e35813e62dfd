package org.partnerhub.web.api.v1;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Times as Partner Center's SDK parses them: ISO-8601 in UTC with {@code Z}, to the second. */
final class Dates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private Dates() {
    }

    /** A time kept in UTC, as the database keeps them all. */
    static String utc(LocalDateTime time) {
        return UTC.format(time);
    }

    /** A day, as its first moment in UTC. */
    static String utc(LocalDate day) {
        return UTC.format(LocalDateTime.of(day, LocalTime.MIDNIGHT));
    }
}
