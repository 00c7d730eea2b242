package io.newsflow.tagger.ner;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Collects the feature names of one token's clique, as the {@code HashSet} CoreNLP's feature factory
 * collects them into, and yields the model's indices for them in that {@code HashSet}'s iteration order:
 * the order CoreNLP sums their weights in, so the potentials come out the same to the last bit.
 *
 * <p>The {@code HashSet} ({@code new HashSet<>(100)}) orders names by bucket, {@code (h ^ h >>> 16) &
 * (capacity - 1)}, and within a bucket by insertion, capacity 128 doubling past three quarters full. That
 * order is reproduced here without its per-name nodes, resizes and iteration. A bucket that would hold
 * more than eight names becomes a tree in a {@code HashMap}, whose order is not insertion's: then the
 * names are replayed into a real {@code HashSet(100)} and its order is taken.
 *
 * <p>Only {@link #add} is supported, by one thread; {@link #clear} starts the next clique.
 */
final class CliqueFeatureSet extends AbstractSet<String> {

    /** {@code HashSet(100)}: a table of 128 buckets on the first insertion. */
    private static final int FIRST_CAPACITY = 128;
    /** {@code HashMap.TREEIFY_THRESHOLD}: a ninth name in a bucket makes it a tree. */
    private static final int MAX_LIST_BIN = 8;

    private final FeatureTable features;
    private String[] names = new String[128];
    private int[] hashes = new int[128];
    private int[] indices = new int[128];
    private long[] scratch = new long[128];
    /** Scratch for ordering by bucket. */
    private int[] bucketStarts = new int[FIRST_CAPACITY + 1];
    private int[] order = new int[128];
    /** What the batched lookups touched; kept so that they are not optimized away. */
    private int touched;
    private int size;
    /** Open addressing over {@link #names}: entry + 1; for telling repeated names apart. */
    private int[] slots = new int[512];
    /** A slot is taken when its generation is the current one: clearing is starting a new generation. */
    private int[] slotGenerations = new int[512];
    private int generation = 1;

    CliqueFeatureSet(final FeatureTable features) {
        this.features = features;
    }

    @Override
    public boolean add(final String name) {
        final int hash = name.hashCode();
        final int mask = slots.length - 1;
        int slot = home(hash);
        while (slotGenerations[slot] == generation) {
            final int entry = slots[slot];
            if (hashes[entry - 1] == hash && names[entry - 1].equals(name)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        if (size == names.length) {
            grow();
            return add(name);
        }
        names[size] = name;
        hashes[size] = hash;
        slots[slot] = ++size;
        slotGenerations[slot] = generation;
        return true;
    }

    private int home(final int hash) {
        return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(slots.length - 1);
    }

    private void grow() {
        names = Arrays.copyOf(names, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        indices = Arrays.copyOf(indices, size * 2);
        scratch = new long[size * 2];
        slots = new int[slots.length * 2];
        slotGenerations = new int[slots.length];
        generation = 1;
        final int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = home(hashes[i]);
            while (slotGenerations[slot] == generation) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
            slotGenerations[slot] = generation;
        }
    }

    /**
     * Appends the indices of the names the model knows, in the {@code HashSet}'s order, to {@code out}
     * from {@code at}; returns the new end. {@code out} must have room for {@link #size()} more.
     */
    int appendKnownIndices(final int[] out, final int at) {
        if (size == 0) {
            return at;
        }
        int capacity = FIRST_CAPACITY;
        while (size > capacity * 3 / 4) {
            capacity <<= 1;
        }
        if (anyBinOverflows()) {
            return appendInHashSetOrder(out, at);
        }
        touched += features.indicesOf(names, hashes, size, indices, scratch);
        // Counting sort by bucket: stable, so within a bucket names stay in insertion order.
        if (bucketStarts.length < capacity + 1) {
            bucketStarts = new int[capacity + 1];
        } else {
            Arrays.fill(bucketStarts, 0, capacity + 1, 0);
        }
        for (int i = 0; i < size; i++) {
            bucketStarts[(spread(hashes[i]) & (capacity - 1)) + 1]++;
        }
        for (int b = 0; b < capacity; b++) {
            bucketStarts[b + 1] += bucketStarts[b];
        }
        if (order.length < size) {
            order = new int[names.length];
        }
        for (int i = 0; i < size; i++) {
            order[bucketStarts[spread(hashes[i]) & (capacity - 1)]++] = i;
        }
        int end = at;
        for (int o = 0; o < size; o++) {
            final int index = indices[order[o]];
            if (index >= 0) {
                out[end++] = index;
            }
        }
        return end;
    }

    /** Whether a bucket of the first table ever holds more than eight names; buckets only split later. */
    private boolean anyBinOverflows() {
        if (size <= MAX_LIST_BIN) {
            return false;
        }
        final byte[] bins = new byte[FIRST_CAPACITY];
        for (int i = 0; i < size; i++) {
            if (++bins[spread(hashes[i]) & (FIRST_CAPACITY - 1)] > MAX_LIST_BIN) {
                return true;
            }
        }
        return false;
    }

    /** {@code HashMap.hash}: the bits that pick a bucket. */
    private static int spread(final int hash) {
        return hash ^ (hash >>> 16);
    }

    private int appendInHashSetOrder(final int[] out, final int at) {
        final Set<String> real = new HashSet<>(100);
        for (int i = 0; i < size; i++) {
            real.add(names[i]);
        }
        int end = at;
        for (String name : real) {
            final int index = features.indexOf(name);
            if (index >= 0) {
                out[end++] = index;
            }
        }
        return end;
    }

    @Override
    public void clear() {
        if (size > 0) {
            size = 0;
            if (++generation == 0) {
                Arrays.fill(slotGenerations, 0);
                generation = 1;
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(names).subList(0, size).iterator();
    }
}
