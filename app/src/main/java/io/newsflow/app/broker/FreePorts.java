package io.newsflow.app.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.function.IntSupplier;

/** Finds a TCP port on 127.0.0.1 that nothing listens on right now. */
public final class FreePorts {

    private static final int MAX_ATTEMPTS = 100;

    private FreePorts() {
    }

    /**
     * @throws BrokerException when something already listens on {@code port} of 127.0.0.1
     */
    static void requireFree(final int port, final String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        } catch (IOException e) {
            throw new BrokerException(what + " " + port + " on 127.0.0.1 is in use (another Kafka broker?);"
                    + " choose another port, or 0 for any free one", e);
        }
    }

    /**
     * A free port that is none of {@code taken}: the ports of one broker are found one after the other, and
     * the system may hand out a port again once the socket that probed it is closed.
     */
    public static int findOtherThan(final int... taken) {
        return findOtherThan(FreePorts::find, taken);
    }

    static int findOtherThan(final IntSupplier finder, final int... taken) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            final int port = finder.getAsInt();
            if (Arrays.stream(taken).noneMatch(t -> t == port)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("no free port on the loopback interface other than "
                + Arrays.toString(taken)));
    }

    static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
