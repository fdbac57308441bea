package io.lexroute.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Turns a requested port of 0 into a concrete free port, and makes sure a requested port is free. Kafka needs the
 * real port up front, because it is written into the advertised listener and the controller quorum.
 */
public final class FreePort {

    private FreePort() {
    }

    /**
     * @param option the option that chooses the port, named in the error
     * @throws IllegalStateException when the requested port cannot be bound, mostly because something listens on it
     */
    static int resolve(int requestedPort, String option) {
        if (requestedPort == 0) {
            return pick();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
            return requestedPort;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + requestedPort + " cannot be used (" + e.getMessage()
                    + "): stop what listens on it, or choose another port with " + option);
        }
    }

    /** A port free on the loopback interface now (another process may still take it before it is used). */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }
}
