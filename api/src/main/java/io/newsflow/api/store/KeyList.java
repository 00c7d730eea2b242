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
 * The index and count keys one article wrote, kept under its id so that its next revision or its
 * tombstone removes exactly those, whatever the indexing rules were when they were written.
 *
 * @param index  its index keys
 * @param counts the count keys it incremented
 */
public record KeyList(List<Bytes> index, List<Bytes> counts) {

    public byte[] toBytes() {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, index);
            write(out, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static KeyList fromBytes(final byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return new KeyList(read(in), read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable key list", e);
        }
    }

    private static void write(final DataOutputStream out, final List<Bytes> keys) throws IOException {
        out.writeInt(keys.size());
        for (Bytes k : keys) {
            out.writeInt(k.get().length);
            out.write(k.get());
        }
    }

    private static List<Bytes> read(final DataInputStream in) throws IOException {
        final int n = in.readInt();
        final List<Bytes> keys = new ArrayList<>(Math.min(n, 10_000));
        for (int i = 0; i < n; i++) {
            final byte[] k = new byte[in.readInt()];
            in.readFully(k);
            keys.add(Bytes.wrap(k));
        }
        return keys;
    }
}
