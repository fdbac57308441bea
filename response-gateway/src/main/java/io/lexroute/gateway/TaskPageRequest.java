package io.lexroute.gateway;

import io.lexroute.gateway.persistence.TaskSortKey;
import java.util.List;
import java.util.Optional;

/**
 * Which page of a provider's task list to read: the {@code size} tasks after the one {@code after} names, from the
 * oldest when it is empty; or, for clients that count pages, the page of that number ({@code page.number()}, which is 0
 * when {@code after} is given).
 */
public record TaskPageRequest(Optional<TaskSortKey> after, PageRequest page) {

    public TaskPageRequest {
        if (after.isPresent() && page.number() != 0) {
            throw new IllegalArgumentException("A page after a task is not counted from the start of the list");
        }
    }

    public static TaskPageRequest after(TaskSortKey last, int size) {
        return new TaskPageRequest(Optional.of(last), new PageRequest(0, size));
    }

    public static TaskPageRequest numbered(PageRequest page) {
        return new TaskPageRequest(Optional.empty(), page);
    }

    /** As {@link PageRequest#read}: one row more than the page is read, to tell whether another page follows. */
    public <T> ListPage<T> read(Rows<T> rows) {
        return page.read((first, limit) -> rows.read(after, first, limit));
    }

    /** Reads at most {@code limit} rows from the {@code first} of those after {@code after}, in the list's order. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(Optional<TaskSortKey> after, int first, int limit);
    }
}
