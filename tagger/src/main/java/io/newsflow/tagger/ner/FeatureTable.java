package io.newsflow.tagger.ner;

import edu.stanford.nlp.util.Index;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A read-only {@link Index} of the CRF's feature names, for the lookups the CRF makes for every feature of
 * every token it labels (about 50 per token, nine in ten of them found). A lookup reads one slot of a
 * {@code long[]} (the name's full hash and where its record is) and then that record (the name's index
 * and characters, side by side in one {@code byte[]}), and compares the characters exactly: the answers
 * are those of CoreNLP's {@code HashIndex}, no false positives. With a model of several hundred thousand
 * features both reads mostly miss the processor's caches; {@link #indicesOf} looks up a clique's names
 * together so that those misses overlap. It also takes about 20 MB less heap than the {@code HashIndex}.
 *
 * <p>Immutable once built, so any number of threads may share it.
 */
final class FeatureTable implements Index<String> {

    private static final long serialVersionUID = 1L;
    /** Slots per name, at least: a sparse table keeps probe runs short. */
    private static final int SLOTS_PER_NAME = 3;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle CHAR = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);
    /** Record header: the name's index, then its length with {@link #WIDE} set when stored as UTF-16. */
    private static final int HEADER = 8;
    private static final int WIDE = 1 << 31;

    /** Per name: header, then its characters, one byte each when all are Latin-1, else two. */
    private final byte[] records;
    /** Where the record of the name with index {@code i} starts. */
    private final int[] recordOf;
    /** Each slot: the name's hash in the high half, its record's offset + 1 in the low half; 0 when empty. */
    private final long[] slots;
    private final int shift;

    private FeatureTable(final List<String> names) {
        final int count = names.size();
        this.recordOf = new int[count];
        long size = 0;
        for (String name : names) {
            size += HEADER + (long) name.length() * (latin1(name) ? 1 : 2);
        }
        if (size >= Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("feature names too long for one table: " + size + " bytes");
        }
        this.records = new byte[(int) size];
        final int capacity = Integer.highestOneBit(Math.max(16, count * SLOTS_PER_NAME - 1)) << 1;
        this.slots = new long[capacity];
        this.shift = Long.numberOfLeadingZeros(capacity - 1L) - 32;
        int offset = 0;
        for (int i = 0; i < count; i++) {
            final String name = names.get(i);
            if (indexOf(name) >= 0) {
                throw new IllegalArgumentException("feature name twice in the index: " + name);
            }
            recordOf[i] = offset;
            offset = write(offset, i, name);
            final int hash = name.hashCode();
            int slot = home(hash);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = ((long) hash << 32) | (recordOf[i] + 1L);
        }
    }

    private int write(final int offset, final int index, final String name) {
        final boolean narrow = latin1(name);
        INT.set(records, offset, index);
        INT.set(records, offset + 4, narrow ? name.length() : name.length() | WIDE);
        int at = offset + HEADER;
        for (int i = 0; i < name.length(); i++) {
            if (narrow) {
                records[at++] = (byte) name.charAt(i);
            } else {
                CHAR.set(records, at, name.charAt(i));
                at += 2;
            }
        }
        return at;
    }

    private static boolean latin1(final String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** A table with the same names at the same indices as {@code index}. */
    static FeatureTable of(final Index<String> index) {
        final List<String> names = new ArrayList<>(index.size());
        for (int i = 0; i < index.size(); i++) {
            names.add(index.get(i));
        }
        return new FeatureTable(names);
    }

    /** Multiplicative spreading: feature names often differ only in their last characters. */
    private int home(final int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    /**
     * Looks up {@code count} names at once ({@code hashes[i]} being {@code names[i].hashCode()}), writing
     * their indices (-1 when unknown) to {@code out}. Same answers as {@link #indexOf} one by one, but it
     * first touches every name's slot and record, loads that do not wait on one another, so the processor
     * fetches them from memory together instead of one miss after the other. {@code touched} is scratch
     * of at least {@code count} longs.
     */
    int indicesOf(final String[] names, final int[] hashes, final int count, final int[] out, final long[] touched) {
        for (int i = 0; i < count; i++) {
            touched[i] = slots[home(hashes[i])];
        }
        int sink = 0;
        for (int i = 0; i < count; i++) {
            final long entry = touched[i];
            if (entry != 0) {
                sink += records[(int) entry - 1 + 4];
            }
        }
        for (int i = 0; i < count; i++) {
            out[i] = indexOf(names[i]);
        }
        // Returned so that the compiler keeps the loads above; callers may ignore it.
        return sink;
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
                final int record = (int) entry - 1;
                if (holds(record, name)) {
                    return (int) INT.get(records, record);
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private boolean holds(final int record, final String name) {
        final int header = (int) INT.get(records, record + 4);
        final int length = header & ~WIDE;
        if (length != name.length()) {
            return false;
        }
        final int at = record + HEADER;
        if ((header & WIDE) == 0) {
            for (int i = 0; i < length; i++) {
                if (name.charAt(i) != (records[at + i] & 0xFF)) {
                    return false;
                }
            }
        } else {
            for (int i = 0; i < length; i++) {
                if (name.charAt(i) != (char) CHAR.get(records, at + 2 * i)) {
                    return false;
                }
            }
        }
        return true;
    }

    private String read(final int record) {
        final int header = (int) INT.get(records, record + 4);
        final int length = header & ~WIDE;
        final char[] chars = new char[length];
        final int at = record + HEADER;
        for (int i = 0; i < length; i++) {
            chars[i] = (header & WIDE) == 0 ? (char) (records[at + i] & 0xFF) : (char) CHAR.get(records, at + 2 * i);
        }
        return new String(chars);
    }

    @Override
    public int size() {
        return recordOf.length;
    }

    @Override
    public String get(final int i) {
        if (i < 0 || i >= recordOf.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + i + " outside the bounds [0," + recordOf.length + ")");
        }
        return read(recordOf[i]);
    }

    @Override
    public boolean contains(final Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public List<String> objectsList() {
        return new AbstractList<>() {
            @Override
            public String get(final int i) {
                return FeatureTable.this.get(i);
            }

            @Override
            public int size() {
                return recordOf.length;
            }
        };
    }

    @Override
    public Collection<String> objects(final int[] indices) {
        return new AbstractList<>() {
            @Override
            public String get(final int i) {
                return FeatureTable.this.get(indices[i]);
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
