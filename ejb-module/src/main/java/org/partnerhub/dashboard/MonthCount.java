package org.partnerhub.dashboard;

import java.io.Serializable;
import java.time.YearMonth;

/** How many customers a partner began serving in one calendar month (UTC). */
public record MonthCount(YearMonth month, long customers) implements Serializable {
}
