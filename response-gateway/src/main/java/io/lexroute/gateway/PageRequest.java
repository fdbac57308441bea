package io.lexroute.gateway;

import java.util.List;

/** Which page of a list to read: the zero-based {@code number}, of {@code size} items. */
public record PageRequest(int number, int size) {

    /** One row more than the page is read: it tells whether another page follows, without counting the list. */
    public <T> ListPage<T> read(ListPage.Rows<T> rows) {
        List<T> read = rows.read(number * size, size + 1);
        return read.size() > size
                ? new ListPage<>(read.subList(0, size), number, true)
                : new ListPage<>(read, number, false);
    }
}
