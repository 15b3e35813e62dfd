package org.partnerhub.dashboard;

import java.io.Serializable;

/** How many things of one kind wait for the user: never none (what does not wait is left out). */
public record Waiting(WaitingKind kind, long count) implements Serializable {
}
