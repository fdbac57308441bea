package io.lexroute.localstack;

import static io.lexroute.localstack.CommandLine.valueAfter;

import java.nio.file.Path;

/**
 * Command-line options of the local stack. A port of 0 means "pick a free port".
 */
record LocalStackOptions(
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        Path workDir,
        boolean startPostgres,
        boolean exitWithParent) {

    static final String USAGE = usage("java -jar local-stack.jar");

    /** The usage text for {@code command}: the local stack itself, or a program that passes these options on to it. */
    static String usage(String command) {
        return String.join(System.lineSeparator(),
                "Usage: " + command + " [options]",
                "  --kafka-port N             Kafka client port (default 9092, 0 = free port)",
                "  --kafka-controller-port N  KRaft controller port (default 0 = free port)",
                "  --postgres-port N          PostgreSQL port (default 15432, 0 = free port)",
                "  --work-dir DIR             data directory, wiped on start (default .local-stack)",
                "  --no-postgres              start Kafka only (use an external PostgreSQL)",
                "  --exit-with-parent         stop when standard input is closed");
    }

    static LocalStackOptions defaults() {
        return new LocalStackOptions(9092, 0, 15432, Path.of(".local-stack"), true, false);
    }

    static LocalStackOptions parse(String... args) {
        LocalStackOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--kafka-port" -> options = options.withKafkaPort(port(name, valueAfter(args, i++)));
                case "--kafka-controller-port" ->
                        options = options.withKafkaControllerPort(port(name, valueAfter(args, i++)));
                case "--postgres-port" -> options = options.withPostgresPort(port(name, valueAfter(args, i++)));
                case "--work-dir" -> options = options.withWorkDir(Path.of(valueAfter(args, i++)));
                case "--no-postgres" -> options = options.withStartPostgres(false);
                case "--exit-with-parent" -> options = options.withExitWithParent(true);
                default -> throw new IllegalArgumentException("Unknown option: " + name);
            }
        }
        return options;
    }

    LocalStackOptions withKafkaPort(int port) {
        return new LocalStackOptions(port, kafkaControllerPort, postgresPort, workDir, startPostgres, exitWithParent);
    }

    LocalStackOptions withKafkaControllerPort(int port) {
        return new LocalStackOptions(kafkaPort, port, postgresPort, workDir, startPostgres, exitWithParent);
    }

    LocalStackOptions withPostgresPort(int port) {
        return new LocalStackOptions(kafkaPort, kafkaControllerPort, port, workDir, startPostgres, exitWithParent);
    }

    LocalStackOptions withWorkDir(Path dir) {
        return new LocalStackOptions(kafkaPort, kafkaControllerPort, postgresPort, dir, startPostgres, exitWithParent);
    }

    LocalStackOptions withStartPostgres(boolean start) {
        return new LocalStackOptions(kafkaPort, kafkaControllerPort, postgresPort, workDir, start, exitWithParent);
    }

    LocalStackOptions withExitWithParent(boolean exit) {
        return new LocalStackOptions(kafkaPort, kafkaControllerPort, postgresPort, workDir, startPostgres, exit);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(option + " must be between 0 and 65535, was " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was " + value, e);
        }
    }
}
