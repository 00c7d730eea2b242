package io.newsflow.api.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;

/**
 * What one article was indexed and counted under, kept under its id so that its next revision or its
 * tombstone removes exactly those entries, whatever the indexing rules were when they were written. Kept
 * as the position once and each facet value once (not as the full keys, which repeat the position): the
 * keys are rebuilt from them.
 *
 * @param position where the article sat
 * @param indexed  its index terms
 * @param counted  those of its terms it was counted under
 */
public record KeyList(Position position, List<ArticleTerms.Term> indexed, List<ArticleTerms.Term> counted) {

    public KeyList {
        indexed = List.copyOf(indexed);
        counted = List.copyOf(counted);
    }

    public List<Bytes> indexKeys() {
        return indexed.stream().map(t -> IndexKeys.key(t.facet(), t.value(), position)).toList();
    }

    public List<Bytes> countKeys() {
        return counted.stream().map(t -> IndexKeys.countKey(t.facet(), t.value())).toList();
    }

    public byte[] toBytes() {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + indexed.size() * 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(position.inverted());
            out.writeUTF(position.id());
            write(out, indexed);
            write(out, counted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static KeyList fromBytes(final byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            final Position position = new Position(in.readUTF(), in.readUTF());
            return new KeyList(position, read(in), read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable key list", e);
        }
    }

    private static void write(final DataOutputStream out, final List<ArticleTerms.Term> terms) throws IOException {
        out.writeInt(terms.size());
        for (ArticleTerms.Term t : terms) {
            out.writeByte(t.facet().ordinal());
            out.writeUTF(t.value());
        }
    }

    private static List<ArticleTerms.Term> read(final DataInputStream in) throws IOException {
        final int n = in.readInt();
        final Facet[] facets = Facet.values();
        final List<ArticleTerms.Term> terms = new ArrayList<>(Math.min(n, 10_000));
        for (int i = 0; i < n; i++) {
            terms.add(new ArticleTerms.Term(facets[in.readByte()], in.readUTF()));
        }
        return terms;
    }
}
