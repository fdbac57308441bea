package io.lexroute.localstack;

/** A PostgreSQL login: the user a connection authenticates as, and its password. */
public record DatabaseLogin(String username, String password) {
}
