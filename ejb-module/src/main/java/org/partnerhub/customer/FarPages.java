package org.partnerhub.customer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where the far pages of a long list start. A page 50,000 customers in skipped 50,000 index
 * entries (OFFSET: 10 ms of the database's time with 100,000 customers, and 1.6 times the first
 * page, bench/load.sh). For a list whose count is only "about" ({@link LargeCounts}), the sort
 * key and id of every thousandth row are noted here, found a block at a time as far pages are
 * asked for and kept as long as the count; a far page then reads on from the nearest note before
 * it and skips fewer than a thousand rows. Customers added or removed meanwhile move a far page
 * by as many rows, as they change the "about" count: the page is "about" there too.
 */
@ApplicationScoped
public class FarPages {

    /** Rows between two notes. */
    public static final int EVERY = 1000;
    private static final int MAX_KEPT = 1_000;

    /** The last row of a block of the list: its sort key and customer id. */
    public record Anchor(Object key, long customerId) {
    }

    private record Noted(List<Anchor> anchors, long at) {
    }

    private final Map<String, Noted> noted = new ConcurrentHashMap<>();

    /**
     * The last row of the {@code block}th block of rows (1 for row 1000), finding those not yet
     * noted with {@code next}, which gives the last row of the block after the one given (null:
     * of the first block); empty when the list is shorter. The notes change only when a page
     * needed more of them.
     */
    public Optional<Anchor> before(String list, int block, UnaryOperator<Anchor> next) {
        long now = System.nanoTime();
        Noted kept = noted.get(list);
        if (kept == null || now - kept.at() >= LargeCounts.KEPT.toNanos()) {
            kept = new Noted(List.of(), now);
        }
        if (kept.anchors().size() < block) {
            List<Anchor> anchors = new ArrayList<>(kept.anchors());
            while (anchors.size() < block) {
                Anchor found = next.apply(anchors.isEmpty() ? null : anchors.get(anchors.size() - 1));
                if (found == null) {
                    break;
                }
                anchors.add(found);
            }
            kept = new Noted(List.copyOf(anchors), kept.at());
            if (noted.size() >= MAX_KEPT) {
                noted.clear();
            }
            noted.put(list, kept);
        }
        return kept.anchors().size() < block ? Optional.empty() : Optional.of(kept.anchors().get(block - 1));
    }
}
