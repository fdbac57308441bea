package io.lexroute.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A schema of a test's own in the test database, migrated by the service's Flyway scripts up to a version of the
 * test's choosing: to write rows as an earlier version stored them, migrate on, and read what a migration made of
 * them. Closing it drops the schema.
 */
public final class MigrationSchema implements AutoCloseable {

    private final DatabaseEndpoint database = TestInfrastructure.obtain().database();
    private final String name;

    /** A new schema named {@code prefix} and a random suffix. */
    public MigrationSchema(String prefix) {
        this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public String name() {
        return name;
    }

    /**
     * Applies the scripts of {@code classpath:db/migration} up to {@code version} ("latest" for all of them), as the
     * owner login. Without the callbacks: what they grant the runtime login is no concern of a schema of the test's.
     */
    public void migrateTo(String version) {
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.owner().username(), database.owner().password())
                .schemas(name)
                .defaultSchema(name)
                .locations("classpath:db/migration")
                .skipDefaultCallbacks(true)
                .target(version)
                .load()
                .migrate();
    }

    /** Runs {@code sql} as the schema's owner, each {@code %s} in it standing for the schema's name. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql.formatted(name));
        }
    }

    /** A connection to the test database as the schema's owner; name tables as {@code name() + ".table"}. */
    public Connection connect() throws SQLException {
        return database.connect(database.owner());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + name + " cascade");
        }
    }
}
