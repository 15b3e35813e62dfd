package org.partnerhub.dashboard;

import java.io.Serializable;

/**
 * How many of a partner's subscriptions have one status: its code as stored, so that a status
 * this version does not know is counted too (pages show it as its code).
 */
public record StatusCount(String status, long subscriptions) implements Serializable {
}
