package io.lexroute.localstack;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exits the JVM when standard input reaches its end. A parent that starts us with a pipe on stdin
 * closes that pipe when it dies, even when it is killed, so no broker outlives its test run.
 */
final class ParentWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ParentWatcher.class);

    private ParentWatcher() {
    }

    static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            drain(System.in);
            LOG.info("Standard input closed: the parent is gone, shutting down");
            System.exit(0);
        }, "local-stack-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Whatever the parent writes means nothing; only the end of the stream does.
            }
        } catch (IOException e) {
            LOG.debug("Reading standard input failed; treating it as closed", e);
        }
    }
}
