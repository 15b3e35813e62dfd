package org.partnerhub.shared;

import java.io.Serializable;
import java.util.List;

/**
 * A page of a list read by keyset (after the sort key and id of the last row the previous page
 * held) and, when more follow, the {@link Continuations continuation} that reads the next page.
 */
public record KeysetPage<T>(List<T> items, String next) implements Serializable {

    /** The most rows a page holds: what a client asks for at most in one request. */
    public static final int MAX_SIZE = 500;
}
