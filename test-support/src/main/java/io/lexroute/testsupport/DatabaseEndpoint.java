package io.lexroute.testsupport;

/** How to reach the test database. */
public record DatabaseEndpoint(String jdbcUrl, String username, String password) {

    static final String DEFAULT_USERNAME = "postgres";

    /** The local stack's PostgreSQL trusts local connections: user postgres, no password. */
    static DatabaseEndpoint withoutPassword(String jdbcUrl) {
        return new DatabaseEndpoint(jdbcUrl, DEFAULT_USERNAME, "");
    }
}
