package org.partnerhub.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table's rows a page at a time from the database, for lists that may be long (customers,
 * their subscriptions and users). The table asks for the count with every page; it is counted
 * again only after {@link #recount} or when {@link #countKey} (the search) changed, because
 * counting many rows costs more than reading a page of them.
 */
public abstract class DatabasePages<T> extends LazyDataModel<T> {

    /** How many rows there are; kept with the view, so it must serialize. */
    public interface Count extends Serializable {
        long rows();
    }

    /** One page of rows; kept with the view, so it must serialize. */
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int max);
    }

    /** The id of a row; kept with the view, so it must serialize. */
    public interface Id<T> extends Serializable {
        long of(T row);
    }

    /** Something the count depends on; kept with the view, so it must serialize. */
    public interface Key extends Serializable {
        Object value();
    }

    private boolean counted;
    private Object countedFor;
    private int count;

    /**
     * Pages without a sort order of the table's: the rows are counted again when {@code key}
     * gives another value (or after {@link #recount}).
     */
    public static <T> DatabasePages<T> of(Count count, Page<T> page, Id<T> id, Key key) {
        return new DatabasePages<>() {
            @Override
            protected long countRows() {
                return count.rows();
            }

            @Override
            protected List<T> rows(int first, int max, Map<String, SortMeta> sortBy) {
                return page.rows(first, max);
            }

            @Override
            protected long idOf(T row) {
                return id.of(row);
            }

            @Override
            protected Object countKey() {
                return key.value();
            }
        };
    }

    /** How many rows there are in all. */
    protected abstract long countRows();

    /** One page of them, in the table's sort order where it has one. */
    protected abstract List<T> rows(int first, int max, Map<String, SortMeta> sortBy);

    /** The id that tells a row from the others. */
    protected abstract long idOf(T row);

    /** What the count depends on besides the rows themselves: the search, if any. */
    protected Object countKey() {
        return null;
    }

    /** Counts again at the next page: after rows were added or removed. */
    public void recount() {
        counted = false;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Object key = countKey();
        if (!counted || !Objects.equals(countedFor, key)) {
            count = (int) Math.min(Integer.MAX_VALUE, countRows());
            countedFor = key;
            counted = true;
        }
        return count;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rows(first, pageSize, sortBy);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey))
                .findFirst().orElse(null);
    }
}
