package io.newsflow.tagger.stories;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact binary form of the story state's entries (stories, articles, centroids, lists of ids): read
 * for every candidate of every article, they are decoded from a byte array without a parser. Each value
 * starts with a version byte, so a later form can be told apart; a string is its UTF-8 length (an int, -1
 * for null) and its bytes. A story is written in form 2, which holds the number of its article ids but not the
 * ids, nor its indexed features and tags: the state keeps those in entries of their own
 * ({@link StoryParts}), so that an article joining a big story does not write its hundreds of ids, and the
 * parts it did not change, again. Form 1, with every part inline, is still read.
 */
final class StateCodec {

    private static final byte VERSION = 1;
    private static final byte STORY_PARTS_APART = 2;

    /** The parts of a story that an entry of form 2 leaves to entries of their own. */
    interface StoryParts {
        List<String> articleIds(int count);

        Set<String> indexed();

        StoryTags tags();
    }

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

    /**
     * The story without its {@link StoryParts}, only the number of its article ids: the caller keeps the ids
     * and the indexed features ({@link #ids(List)}) and the tags ({@link #tags(StoryTags)}).
     */
    static byte[] story(final StoryRecord s) {
        final Writer w = new Writer(1024, STORY_PARTS_APART);
        w.string(s.id()).string(s.title()).putLong(s.firstSeen()).putLong(s.lastSeen()).putInt(s.centroid().size());
        s.centroid().forEach((feature, weight) -> w.string(feature).putDouble(weight));
        strings(w, s.countries());
        w.putInt(s.articleIds().size());
        return w.putInt(s.articleCount()).bytes();
    }

    static byte[] tags(final StoryTags t) {
        final Writer w = new Writer(512);
        tags(w, t);
        return w.bytes();
    }

    static StoryTags tags(final byte[] value) {
        return tags(open(value));
    }

    private static void tags(final Writer w, final StoryTags t) {
        strings(w, t.sources());
        strings(w, t.people());
        strings(w, t.organizations());
        strings(w, t.places());
        strings(w, t.tracks());
        w.putInt(t.talks() ? 1 : 0);
    }

    private static StoryTags tags(final ByteBuffer in) {
        return new StoryTags(strings(in), strings(in), strings(in), strings(in), strings(in), in.getInt() == 1);
    }

    /** Whether the story entry holds its parts itself (form 1) rather than the number of its ids (form 2). */
    static boolean partsInline(final byte[] story) {
        return story.length > 0 && story[0] == VERSION;
    }

    /** The story of an entry; {@code parts} gives what an entry of form 2 does not hold ({@link #partsInline}). */
    static StoryRecord story(final byte[] value, final StoryParts parts) {
        final boolean inline = partsInline(value);
        final ByteBuffer in = inline ? open(value) : open(value, STORY_PARTS_APART);
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
        if (!inline) {
            final List<String> articleIds = parts.articleIds(checkedCount(in.getInt(), in, 0));
            return new StoryRecord(id, title, firstSeen, lastSeen, centroid, countries, articleIds, in.getInt(),
                    parts.indexed(), parts.tags());
        }
        final List<String> articleIds = strings(in);
        final int articleCount = in.getInt();
        final List<String> indexed = strings(in);
        return new StoryRecord(id, title, firstSeen, lastSeen, centroid, countries, articleIds, articleCount,
                new LinkedHashSet<>(indexed), tags(in));
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
        return open(value, VERSION);
    }

    private static ByteBuffer open(final byte[] value, final byte version) {
        if (value.length == 0 || value[0] != version) {
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
            this(capacity, VERSION);
        }

        Writer(final int capacity, final byte version) {
            buffer = ByteBuffer.allocate(Math.max(16, capacity));
            buffer.put(version);
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
