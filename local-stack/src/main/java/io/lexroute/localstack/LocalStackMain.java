package io.lexroute.localstack;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar local-stack.jar}: a real Kafka and PostgreSQL for local runs and tests, without Docker.
 * Prints one READY line on stdout once both accept connections, then runs until stopped. With
 * {@code --exit-with-parent} it also takes commands on stdin: {@value KafkaRestartCommand#COMMAND} restarts Kafka.
 */
public final class LocalStackMain {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStackMain.class);

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackOptions options = CommandLine.parseOrExit(args, LocalStackOptions.USAGE, LocalStackOptions::parse);
        LocalStack stack = new LocalStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        if (options.exitWithParent()) {
            ParentWatcher.exitWhenStdinCloses(command -> run(command, stack));
        }
        ReadyLine ready = CommandLine.startOrExit("The local stack did not start", () -> stack.start(options));
        System.out.println(ready.format());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static void run(String command, LocalStack stack) {
        if (!KafkaRestartCommand.COMMAND.equals(command)) {
            LOG.warn("Unknown command on standard input: {}", command);
            return;
        }
        String reply;
        try {
            reply = KafkaRestartCommand.restarted(stack.restartKafka());
        } catch (RuntimeException e) {
            LOG.error("Kafka could not be restarted", e);
            reply = KafkaRestartCommand.failed(e);
        }
        System.out.println(reply);
        System.out.flush();
    }
}
