package io.lexroute.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Turns a requested port of 0 into a concrete free port. Kafka needs the real port up front,
 * because it is written into the advertised listener and the controller quorum.
 */
final class FreePort {

    private FreePort() {
    }

    static int resolve(int requestedPort) {
        return requestedPort == 0 ? pick() : requestedPort;
    }

    static int pick() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }
}
