package io.newsflow.api.query;

import io.newsflow.api.store.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Part of a newest-first list: its items in order and how far the list is known to be complete.
 * {@code scannedTo} null means nothing lies beyond the items; otherwise the items are every match up to
 * that position and there may be more after it (the next page starts there).
 *
 * @param items     the matches, in position order
 * @param scannedTo the position up to which this answer is complete, or null when it is complete
 */
public record Page(List<Item> items, Position scannedTo) {

    /** One match: where it sits and its JSON, exactly as stored. */
    public record Item(Position position, byte[] json) {
    }

    public Page {
        items = List.copyOf(items);
    }

    public static Page empty() {
        return new Page(List.of(), null);
    }

    /**
     * The first {@code limit} matches of several parts (partitions, instances). Each part is complete only
     * up to its own {@code scannedTo}, so the union is complete up to the earliest of those: items past it
     * are left for the next page, which starts there.
     */
    public static Page merge(final List<Page> parts, final int limit) {
        Position covered = null;
        final List<Item> all = new ArrayList<>();
        for (Page p : parts) {
            all.addAll(p.items());
            if (p.scannedTo() != null && (covered == null || p.scannedTo().compareTo(covered) < 0)) {
                covered = p.scannedTo();
            }
        }
        all.sort(Comparator.comparing(Item::position));
        final List<Item> taken = new ArrayList<>();
        for (Item i : all) {
            if (taken.size() == limit || (covered != null && i.position().compareTo(covered) > 0)) {
                break;
            }
            taken.add(i);
        }
        if (taken.size() == limit) {
            return new Page(taken, taken.get(limit - 1).position());
        }
        return new Page(taken, covered);
    }
}
