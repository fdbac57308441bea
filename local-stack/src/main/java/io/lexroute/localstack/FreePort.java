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
        return requestedPort == 0 ? pick() : requireFree(requestedPort, ", or choose another port with " + option);
    }

    /**
     * @param remedy what the error adds after "stop what listens on it" (another way out, or whose port it is)
     * @throws IllegalStateException when the port cannot be bound, mostly because something listens on it
     */
    static int requireFree(int port, String remedy) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " cannot be used (" + e.getMessage()
                    + "): stop what listens on it" + remedy);
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
