package org.partnerhub.customer;

import java.io.Serializable;

/** How many customers a list holds: exact, or about that many when it is large (see LargeCounts). */
public record CustomerCount(long rows, boolean approximate) implements Serializable {
}
