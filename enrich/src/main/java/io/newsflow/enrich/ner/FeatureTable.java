package io.newsflow.enrich.ner;

import edu.stanford.nlp.util.Index;
import java.io.Writer;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A read-only {@link Index} of the CRF's feature names, for the lookups the CRF makes for every feature of
 * every token it labels. CoreNLP's {@code HashIndex} answers them from a {@code HashMap<String, Integer>}:
 * a lookup walks bucket array, node, key and boxed value, which for a model of several hundred thousand
 * features are mostly cache misses. Here one probe of a {@code long[]} holds both the key's full hash and
 * its index, so a name that is not a feature (most of those the CRF asks for) costs one miss, and a feature
 * is confirmed by comparing the names exactly: the answers are the {@code HashIndex}'s, no false positives.
 *
 * <p>Immutable once built, so any number of threads may share it.
 */
final class FeatureTable implements Index<String> {

    private static final long serialVersionUID = 1L;
    /** Slots per name, at least: a sparse table keeps probe runs short. */
    private static final int SLOTS_PER_NAME = 3;

    /** Index {@code i} holds the name whose index is {@code i}. */
    private final String[] names;
    /** Each slot: the name's hash in the high half, its index + 1 in the low half; 0 when empty. */
    private final long[] slots;
    private final int shift;

    private FeatureTable(final String[] names) {
        this.names = names;
        int capacity = Integer.highestOneBit(Math.max(16, names.length * SLOTS_PER_NAME - 1)) << 1;
        this.slots = new long[capacity];
        this.shift = Long.numberOfLeadingZeros(capacity - 1L) - 32;
        for (int i = 0; i < names.length; i++) {
            if (indexOf(names[i]) >= 0) {
                throw new IllegalArgumentException("feature name twice in the index: " + names[i]);
            }
            final int hash = names[i].hashCode();
            int slot = home(hash);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = ((long) hash << 32) | (i + 1L);
        }
    }

    /** A table with the same names at the same indices as {@code index}. */
    static FeatureTable of(final Index<String> index) {
        final String[] names = new String[index.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = index.get(i);
        }
        return new FeatureTable(names);
    }

    /** Multiplicative spreading: feature names often differ only in their last characters. */
    private int home(final int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    @Override
    public int indexOf(final String name) {
        if (name == null) {
            return -1;
        }
        final int hash = name.hashCode();
        final int mask = slots.length - 1;
        int slot = home(hash);
        long entry;
        while ((entry = slots[slot]) != 0) {
            if ((int) (entry >>> 32) == hash) {
                final int index = (int) entry - 1;
                if (names[index].equals(name)) {
                    return index;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public String get(final int i) {
        if (i < 0 || i >= names.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + i + " outside the bounds [0," + names.length + ")");
        }
        return names[i];
    }

    @Override
    public boolean contains(final Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public List<String> objectsList() {
        return List.of(names);
    }

    @Override
    public Collection<String> objects(final int[] indices) {
        return new AbstractList<>() {
            @Override
            public String get(final int i) {
                return names[indices[i]];
            }

            @Override
            public int size() {
                return indices.length;
            }
        };
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
        // Always locked.
    }

    @Override
    public void unlock() {
        throw readOnly();
    }

    @Override
    public int addToIndex(final String o) {
        final int index = indexOf(o);
        if (index < 0) {
            throw readOnly();
        }
        return index;
    }

    @Override
    @Deprecated
    public int indexOf(final String o, final boolean add) {
        return add ? addToIndex(o) : indexOf(o);
    }

    @Override
    public boolean add(final String o) {
        throw readOnly();
    }

    @Override
    public boolean addAll(final Collection<? extends String> c) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public void saveToWriter(final Writer out) {
        throw new UnsupportedOperationException("the feature table is not saved: the model file holds the features");
    }

    @Override
    public void saveToFilename(final String s) {
        throw new UnsupportedOperationException("the feature table is not saved: the model file holds the features");
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the CRF's feature table is read-only");
    }
}
