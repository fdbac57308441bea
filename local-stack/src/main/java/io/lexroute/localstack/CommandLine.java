package io.lexroute.localstack;

import java.util.function.Function;

/** The option handling the local stack's command-line programs share. */
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

    /** The value of the option at {@code index}. */
    public static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException("Missing value for " + args[index]);
        }
        return args[index + 1];
    }
}
