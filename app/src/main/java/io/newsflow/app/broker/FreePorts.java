package io.newsflow.app.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds a TCP port on 127.0.0.1 that nothing listens on right now. */
final class FreePorts {

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

    static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
