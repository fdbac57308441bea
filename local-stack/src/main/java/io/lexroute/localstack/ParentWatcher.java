package io.lexroute.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exits the JVM when standard input reaches its end. A parent that starts us with a pipe on stdin
 * closes that pipe when it dies, even when it is killed, so no broker outlives its test run.
 * Until then, each line the parent writes is a command for the stack.
 */
final class ParentWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ParentWatcher.class);

    private ParentWatcher() {
    }

    static void exitWhenStdinCloses(Consumer<String> commands) {
        Thread watcher = new Thread(() -> {
            readCommands(commands);
            LOG.info("Standard input closed: the parent is gone, shutting down");
            System.exit(0);
        }, "local-stack-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void readCommands(Consumer<String> commands) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    commands.accept(line.strip());
                }
            }
        } catch (IOException e) {
            LOG.debug("Reading standard input failed; treating it as closed", e);
        }
    }
}
