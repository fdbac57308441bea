package io.lexroute.localstack;

import java.util.concurrent.Callable;
import java.util.function.Function;

/** The option handling and start-up failure handling the local stack's command-line programs share. */
public final class CommandLine {

    private CommandLine() {
    }

    /**
     * Parses {@code args}; prints {@code usage} and exits with 0 on {@code --help}, with 2 (after the error) when
     * {@code parser} refuses them with an IllegalArgumentException.
     */
    public static <T> T parseOrExit(String[] args, String usage, Function<String[], T> parser) {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(usage);
            System.exit(0);
        }
        try {
            return parser.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            throw e;
        }
    }

    /**
     * Runs {@code start}, the start-up of a program that then runs until stopped. When it fails, prints
     * {@code what: <reason>} on one line and exits with 1: the program's shutdown hooks, registered before, stop
     * whatever it had started, and nothing it started (such as the broker's threads) keeps the JVM alive.
     */
    public static <T> T startOrExit(String what, Callable<T> start) {
        try {
            return start.call();
        } catch (Exception | Error e) {
            System.err.println(what + ": " + reason(e));
            System.exit(1);
            throw new IllegalStateException(what, e);
        }
    }

    /** Why {@code failure} happened, on one line: its message (or type), and its root cause's when that adds to it. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = describe(failure);
        String rootReason = describe(root);
        return reason.contains(rootReason) ? reason : reason + " (" + rootReason + ")";
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The value of the option at {@code index}. */
    public static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException("Missing value for " + args[index]);
        }
        return args[index + 1];
    }
}
