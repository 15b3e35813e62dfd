package org.partnerhub.dashboard;

import java.io.Serializable;

/**
 * A count as it stands, with how many of what it counts began in the last 30 days and in the 30
 * days before: whether the business grows faster or slower than a month ago.
 */
public record Trend(long now, long last30Days, long previous30Days) implements Serializable {

    static final Trend NONE = new Trend(0, 0, 0);

    /** 1 when more began in the last 30 days than in the 30 before, -1 when fewer, 0 when as many. */
    public int direction() {
        return Long.compare(last30Days, previous30Days);
    }
}
