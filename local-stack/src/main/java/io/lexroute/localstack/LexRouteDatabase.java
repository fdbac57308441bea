package io.lexroute.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database {@code lexroute} and its two logins, as the local stack sets them up (and test-support a PostgreSQL
 * container, and docker-compose.yml's PostgreSQL, from the same script): the services' migration steps migrate as
 * {@link #OWNER}, which owns the database, so every schema and table the services make; the running services log in
 * as {@link #RUNTIME} only, which owns nothing and gets from each service's migrations only what it needs on rows.
 */
public final class LexRouteDatabase {

    public static final String NAME = "lexroute";
    public static final DatabaseLogin OWNER = new DatabaseLogin("lexroute_owner", "lexroute_owner");
    public static final DatabaseLogin RUNTIME = new DatabaseLogin("lexroute_runtime", "lexroute_runtime");
    /** The script, also mounted into docker-compose.yml's PostgreSQL as an init script. */
    static final String LOGINS_SCRIPT = "db/lexroute-logins.sql";

    private LexRouteDatabase() {
    }

    /** Creates both logins and hands the database over to the owner, through a superuser's connection to it. */
    public static void createLogins(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute(loginsScript());
        }
    }

    private static String loginsScript() {
        try (InputStream script = LexRouteDatabase.class.getClassLoader().getResourceAsStream(LOGINS_SCRIPT)) {
            if (script == null) {
                throw new IllegalStateException(LOGINS_SCRIPT + " is not on the class path");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOGINS_SCRIPT, e);
        }
    }
}
