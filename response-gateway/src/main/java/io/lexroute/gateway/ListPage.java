package io.lexroute.gateway;

import java.util.List;

/**
 * One page of a list read in a stable order: its items, its zero-based number, and whether another page follows.
 */
public record ListPage<T>(List<T> items, int number, boolean more) {

    /** Reads at most {@code limit} rows of a list from its {@code first}, in the list's order. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(int first, int limit);
    }
}
