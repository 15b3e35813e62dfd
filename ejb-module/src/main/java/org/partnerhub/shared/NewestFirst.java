package org.partnerhub.shared;

import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A list read newest first by (time, id), a page at a time: where a page starts (after the last
 * row of the previous page, which its continuation names) and what the list is filtered by,
 * which the continuation carries too, so that following it cannot change the filter. A row
 * written while a caller pages is newer than the first page: it is neither repeated nor skipped.
 */
public final class NewestFirst {

    private final Continuations continuations;
    private final String list;
    private final LocalDateTime lastAt;
    private final long lastId;
    private final List<String> filter;

    private NewestFirst(Continuations continuations, String list, LocalDateTime lastAt, long lastId,
            List<String> filter) {
        this.continuations = continuations;
        this.list = list;
        this.lastAt = lastAt;
        this.lastId = lastId;
        this.filter = List.copyOf(filter);
    }

    /**
     * From the newest row, filtered so (each part a text, empty for none), or, with a
     * continuation of this list (whose list it is: a partner), from where it says, filtered as
     * it says.
     */
    public static NewestFirst resume(Continuations continuations, String continuation, String list,
            List<String> filter) {
        if (continuation == null) {
            return new NewestFirst(continuations, list, null, 0, filter);
        }
        List<String> parts = continuations.resume(continuation, list, 2 + filter.size());
        return new NewestFirst(continuations, list, LocalDateTime.parse(parts.get(0)), Long.parseLong(parts.get(1)),
                parts.subList(2, parts.size()));
    }

    /** The filter's parts: the caller's for a first page, the continuation's after. */
    public List<String> filter() {
        return filter;
    }

    /** What to add to a where clause so that only rows after the last one are read, or nothing on a first page. */
    public String after(String time, String id) {
        return lastAt == null ? "" : KeysetPage.after(time, id, false, "lastAt", "lastId");
    }

    /** Reads at most one row more than a page: that it was there says a next page follows. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query, int size) {
        if (lastAt != null) {
            query.setParameter("lastAt", lastAt).setParameter("lastId", lastId);
        }
        return query.setMaxResults(size + 1);
    }

    /** The page out of what the bound query found, with the continuation after its last row. */
    public <T> KeysetPage<T> page(List<T> found, int size, Function<T, LocalDateTime> time, ToLongFunction<T> id) {
        return continuations.page(found, size, list, last -> {
            List<String> parts = new ArrayList<>(List.of(time.apply(last).toString(), String.valueOf(id.applyAsLong(last))));
            parts.addAll(filter);
            return parts;
        });
    }
}
