package io.lexroute.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single Kafka node in KRaft combined mode (broker and controller), running in this JVM. It can be restarted on
 * the same ports and log directory, which keeps every record it had acknowledged.
 */
final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";

    private final Properties config;
    private final int port;
    private final Path dataDir;
    private KafkaRaftServer server;

    private KafkaBroker(Properties config, int port, Path dataDir) {
        this.config = config;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Wipes {@code dataDir} and starts a broker on it, freshly formatted. Only with the work directory's
     * {@link WorkDirLock} held: the wipe would delete another stack's broker's log directory.
     */
    static KafkaBroker start(int port, int controllerPort, Path dataDir) {
        Directories.recreate(dataDir);
        Properties config = config(port, controllerPort, dataDir.resolve("log"));
        Path configFile = write(config, dataDir.resolve("server.properties"));
        format(configFile);
        KafkaBroker broker = new KafkaBroker(config, port, dataDir);
        broker.startServer();
        return broker;
    }

    /** Shuts the broker down cleanly and starts it again on its ports, keeping its log directory. */
    synchronized void restart() {
        stopServer();
        startServer();
    }

    private synchronized void startServer() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        server.startup();
    }

    private synchronized void stopServer() {
        server.shutdown();
        server.awaitShutdown();
    }

    String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** Stops the broker and deletes its data, as PostgreSQL does: the next start begins empty anyway. */
    @Override
    public void close() {
        stopServer();
        Directories.deleteRecursively(dataDir);
    }

    static Properties config(int port, int controllerPort, Path logDir) {
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", String.valueOf(NODE_ID));
        config.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        config.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        config.setProperty("num.partitions", "6");
        config.setProperty("default.replication.factor", "1");
        config.setProperty("min.insync.replicas", "1");
        config.setProperty("auto.create.topics.enable", "true");
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        config.setProperty("offsets.topic.replication.factor", "1");
        // Fewer coordinator partitions than the default 50 make the first consumer group join quick.
        config.setProperty("offsets.topic.num.partitions", "6");
        config.setProperty("transaction.state.log.replication.factor", "1");
        config.setProperty("transaction.state.log.min.isr", "1");
        config.setProperty("share.coordinator.state.topic.replication.factor", "1");
        config.setProperty("share.coordinator.state.topic.min.isr", "1");
        return config;
    }

    private static Path write(Properties config, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "Written by the LexRoute local stack on each start");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void format(Path configFile) {
        ByteArrayOutputStream toolOutput = new ByteArrayOutputStream();
        String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString()};
        int exitCode;
        try (PrintStream out = new PrintStream(toolOutput, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, out);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the KRaft storage failed: " + toolOutput);
        }
    }
}
