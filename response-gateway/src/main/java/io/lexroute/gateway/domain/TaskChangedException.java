package io.lexroute.gateway.domain;

/**
 * The provider answered a release task as it was at another revision (its {@code If-Match}), and the task has since
 * been described anew: the provider is to read it again and answer what it now asks for.
 */
public class TaskChangedException extends RuntimeException {

    public TaskChangedException(String detail) {
        super(detail);
    }
}
