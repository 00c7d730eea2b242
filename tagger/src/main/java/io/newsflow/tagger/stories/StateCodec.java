package io.newsflow.tagger.stories;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The compact binary form of the story state's entries (stories, articles, centroids, lists of ids): read
 * for every candidate of every article, they are decoded from a byte array without a parser. Each value
 * starts with a version byte, so a later form can be told apart; a string is its UTF-8 length (an int, -1
 * for null) and its bytes.
 */
final class StateCodec {

    private static final byte VERSION = 1;

    private StateCodec() {
    }

    static byte[] article(final ArticleRecord a) {
        final Writer w = new Writer(400);
        w.string(a.id()).string(a.storyId()).putLong(a.time()).string(a.duplicateOf());
        w.putDouble(a.similarity() == null ? Double.NaN : a.similarity());
        final int[] signature = a.fingerprint().signature();
        w.putInt(a.fingerprint().shingles()).putInt(signature.length);
        for (int v : signature) {
            w.putInt(v);
        }
        return w.string(a.title()).string(a.source()).string(a.publishedAt()).bytes();
    }

    static ArticleRecord article(final byte[] value) {
        final ByteBuffer in = open(value);
        final String id = string(in);
        final String storyId = string(in);
        final long time = in.getLong();
        final String duplicateOf = string(in);
        final double similarity = in.getDouble();
        final int shingles = in.getInt();
        final int[] signature = new int[checkedCount(in.getInt(), in, 4)];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = in.getInt();
        }
        return new ArticleRecord(id, storyId, time, duplicateOf, Double.isNaN(similarity) ? null : similarity,
                new Fingerprint(signature, shingles), string(in), string(in), string(in));
    }

    static byte[] centroid(final StoryCentroid c) {
        final Writer w = new Writer(32 + 12 * c.size());
        w.putLong(c.firstSeen()).putLong(c.lastSeen()).putInt(c.size());
        for (int i = 0; i < c.size(); i++) {
            w.putInt(c.feature(i)).putDouble(c.weight(i));
        }
        w.putInt(c.countries().size());
        c.countries().forEach(w::string);
        return w.bytes();
    }

    static StoryCentroid centroid(final byte[] value) {
        final ByteBuffer in = open(value);
        final long firstSeen = in.getLong();
        final long lastSeen = in.getLong();
        final int n = checkedCount(in.getInt(), in, 12);
        final int[] features = new int[n];
        final double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            features[i] = in.getInt();
            weights[i] = in.getDouble();
        }
        final int k = checkedCount(in.getInt(), in, 4);
        final List<String> countries = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            countries.add(string(in));
        }
        return new StoryCentroid(firstSeen, lastSeen, features, weights, countries);
    }

    static byte[] story(final StoryRecord s) {
        final Writer w = new Writer(2048);
        w.string(s.id()).string(s.title()).putLong(s.firstSeen()).putLong(s.lastSeen()).putInt(s.centroid().size());
        s.centroid().forEach((feature, weight) -> w.string(feature).putDouble(weight));
        strings(w, s.countries());
        strings(w, s.articleIds());
        w.putInt(s.articleCount());
        strings(w, List.copyOf(s.indexed()));
        final StoryTags t = s.tags();
        strings(w, t.sources());
        strings(w, t.people());
        strings(w, t.organizations());
        strings(w, t.places());
        strings(w, t.tracks());
        return w.putInt(t.talks() ? 1 : 0).bytes();
    }

    static StoryRecord story(final byte[] value) {
        final ByteBuffer in = open(value);
        final String id = string(in);
        final String title = string(in);
        final long firstSeen = in.getLong();
        final long lastSeen = in.getLong();
        final int n = checkedCount(in.getInt(), in, 12);
        final Map<String, Double> centroid = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            centroid.put(string(in), in.getDouble());
        }
        final List<String> countries = strings(in);
        final List<String> articleIds = strings(in);
        final int articleCount = in.getInt();
        final List<String> indexed = strings(in);
        final StoryTags tags = new StoryTags(strings(in), strings(in), strings(in), strings(in), strings(in),
                in.getInt() == 1);
        return new StoryRecord(id, title, firstSeen, lastSeen, centroid, countries, articleIds, articleCount,
                new LinkedHashSet<>(indexed), tags);
    }

    private static void strings(final Writer w, final List<String> values) {
        w.putInt(values.size());
        values.forEach(w::string);
    }

    private static List<String> strings(final ByteBuffer in) {
        final int n = checkedCount(in.getInt(), in, 4);
        final List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string(in));
        }
        return values;
    }

    static byte[] ids(final List<String> ids) {
        final Writer w = new Writer(8 + 24 * ids.size());
        w.putInt(ids.size());
        ids.forEach(w::string);
        return w.bytes();
    }

    static List<String> ids(final byte[] value) {
        if (value == null) {
            return List.of();
        }
        return strings(open(value));
    }

    private static ByteBuffer open(final byte[] value) {
        if (value.length == 0 || value[0] != VERSION) {
            throw new IllegalStateException("unknown story state entry form " + (value.length == 0 ? "(empty)" : value[0]));
        }
        return ByteBuffer.wrap(value, 1, value.length - 1);
    }

    /** A count read from an entry, refused when the entry cannot hold that many items of {@code size} bytes. */
    private static int checkedCount(final int n, final ByteBuffer in, final int size) {
        if (n < 0 || (long) n * size > in.remaining()) {
            throw new BufferUnderflowException();
        }
        return n;
    }

    private static String string(final ByteBuffer in) {
        final int length = in.getInt();
        if (length < 0) {
            return null;
        }
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        final String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** A growing buffer, so that no size has to be known in advance. */
    private static final class Writer {

        private ByteBuffer buffer;

        Writer(final int capacity) {
            buffer = ByteBuffer.allocate(Math.max(16, capacity));
            buffer.put(VERSION);
        }

        private void room(final int bytes) {
            if (buffer.remaining() < bytes) {
                final ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
                buffer.flip();
                bigger.put(buffer);
                buffer = bigger;
            }
        }

        Writer putInt(final int v) {
            room(4);
            buffer.putInt(v);
            return this;
        }

        Writer putLong(final long v) {
            room(8);
            buffer.putLong(v);
            return this;
        }

        Writer putDouble(final double v) {
            room(8);
            buffer.putDouble(v);
            return this;
        }

        Writer string(final String s) {
            if (s == null) {
                return putInt(-1);
            }
            final byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            room(bytes.length);
            buffer.put(bytes);
            return this;
        }

        byte[] bytes() {
            final byte[] out = new byte[buffer.position()];
            System.arraycopy(buffer.array(), 0, out, 0, out.length);
            return out;
        }
    }
}
