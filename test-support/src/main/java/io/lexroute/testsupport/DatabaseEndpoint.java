package io.lexroute.testsupport;

import io.lexroute.localstack.DatabaseLogin;
import io.lexroute.localstack.LexRouteDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * How to reach the test database, and as whom: {@code owner} is the login the services' Flyway migrates as (it owns
 * their schemas and tables), {@code runtime} the one their connection pools use. Both are the same login where the
 * database has only one.
 */
public record DatabaseEndpoint(String jdbcUrl, DatabaseLogin owner, DatabaseLogin runtime) {

    static final String DEFAULT_USERNAME = "postgres";

    /** A database with its two logins as {@link LexRouteDatabase} creates them: the local stack's, a container's. */
    static DatabaseEndpoint withLexRouteLogins(String jdbcUrl) {
        return new DatabaseEndpoint(jdbcUrl, LexRouteDatabase.OWNER, LexRouteDatabase.RUNTIME);
    }

    /** Whether the runtime login is another than the owner, so that it is refused what only the owner may do. */
    public boolean separatesOwnerAndRuntime() {
        return !owner.username().equals(runtime.username());
    }

    /** A connection to the test database as {@code login}; name tables with their schema, or set it. */
    public Connection connect(DatabaseLogin login) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, login.username(), login.password());
    }
}
