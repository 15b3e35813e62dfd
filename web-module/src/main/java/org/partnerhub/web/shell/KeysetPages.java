package org.partnerhub.web.shell;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.shared.KeysetPage;

/**
 * A list that grows without end (transfers, invitations) read from the database a page at a
 * time, newest first, by the services' keyset pages: Older reads on from where this page ended,
 * Newer goes back. Page 200 costs what page 1 does, and no count is needed. The view keeps this
 * page's rows and the continuations of the pages before it, never the list.
 */
public final class KeysetPages<T> implements Serializable {

    /** Rows a page shows. */
    public static final int SIZE = 25;

    /** A page of the list from a continuation (none: the first page); kept with the view. */
    public interface Source<T> extends Serializable {
        KeysetPage<T> page(String continuation, int size);
    }

    private final Source<T> source;
    /** The continuation each page before this one was read with; null for the first. */
    private final List<String> before = new ArrayList<>();
    private String current;
    private List<T> rows = List.of();
    private String next;

    public KeysetPages(Source<T> source) {
        this.source = source;
    }

    /** From the newest again. */
    public void first() {
        before.clear();
        read(null);
    }

    /** This page again, after something on it changed. */
    public void reload() {
        read(current);
    }

    public void showOlder() {
        if (next != null) {
            before.add(current);
            read(next);
        }
    }

    public void showNewer() {
        if (!before.isEmpty()) {
            read(before.remove(before.size() - 1));
        }
    }

    public boolean isOlder() {
        return next != null;
    }

    public boolean isNewer() {
        return !before.isEmpty();
    }

    public List<T> getRows() {
        return rows;
    }

    private void read(String continuation) {
        KeysetPage<T> page = source.page(continuation, SIZE);
        current = continuation;
        rows = page.items();
        next = page.next();
    }
}
