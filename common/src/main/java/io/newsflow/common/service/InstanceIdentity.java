package io.newsflow.common.service;

import io.newsflow.common.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Who one instance of a Streams service is, the same across its restarts: an id kept in a file of its
 * state directory, held under a file lock while the instance runs. A restarted instance finds its id
 * again, so its transactions and its group membership take over from the dead one's at once instead of
 * waiting for their timeouts. Instances sharing a state directory each lock a slot of their own, and the
 * operating system releases a killed process's lock, so two live instances never share an id.
 */
final class InstanceIdentity implements AutoCloseable {

    /** Slots one state directory offers, i.e. instances of one application sharing a directory. */
    static final int MAX_SLOTS = 64;
    private static final String FILE_PREFIX = "newsflow-instance-";

    private final String id;
    private final FileChannel channel;

    private InstanceIdentity(final String id, final FileChannel channel) {
        this.id = id;
        this.channel = channel;
    }

    /**
     * Claims the first free slot under {@code stateDir/applicationId}, with the id it has kept (a new one
     * the first time).
     *
     * @throws ConfigException when the directory cannot be written or all slots are held
     */
    static InstanceIdentity claim(final Path stateDir, final String applicationId) {
        final Path dir = stateDir.resolve(applicationId);
        try {
            Files.createDirectories(dir);
            for (int slot = 0; slot < MAX_SLOTS; slot++) {
                final FileChannel channel = FileChannel.open(dir.resolve(FILE_PREFIX + slot), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                final FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    continue;
                }
                return new InstanceIdentity(readOrCreate(channel), channel);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot keep the instance identity in " + dir + ": " + e.getMessage(), e);
        }
        throw new ConfigException(MAX_SLOTS + " instances already run on the state directory " + dir
                + "; give this one a state directory of its own");
    }

    /** The instance's id: a UUID, the same at every start on the same state directory. */
    String id() {
        return id;
    }

    /** Releases the slot (the id stays in its file for the next start). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileLock tryLock(final FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by another instance in this same JVM.
            return null;
        }
    }

    private static String readOrCreate(final FileChannel channel) throws IOException {
        final ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        final String kept = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        try {
            return UUID.fromString(kept).toString();
        } catch (IllegalArgumentException e) {
            // First start on this slot, or a file someone emptied: a new id.
            final String fresh = UUID.randomUUID().toString();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(fresh.getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return fresh;
        }
    }
}
