package io.lexroute.localstack;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar local-stack.jar}: a real Kafka and PostgreSQL for local runs and tests, without Docker.
 * Prints one READY line on stdout once both accept connections, then runs until stopped.
 */
public final class LocalStackMain {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStackMain.class);

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackOptions options = parseOrExit(args);
        LocalStack stack = new LocalStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        if (options.exitWithParent()) {
            ParentWatcher.exitWhenStdinCloses();
        }
        ReadyLine ready = startOrExit(stack, options);
        System.out.println(ready.format());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static LocalStackOptions parseOrExit(String[] args) {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(LocalStackOptions.USAGE);
            System.exit(0);
        }
        try {
            return LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LocalStackOptions.USAGE);
            System.exit(2);
            throw e;
        }
    }

    private static ReadyLine startOrExit(LocalStack stack, LocalStackOptions options) {
        try {
            return stack.start(options);
        } catch (RuntimeException e) {
            LOG.error("The local stack did not start", e);
            System.exit(1);
            throw e;
        }
    }
}
