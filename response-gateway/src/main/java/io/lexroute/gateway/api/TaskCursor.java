package io.lexroute.gateway.api;

import io.lexroute.gateway.persistence.TaskSortKey;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The {@code after} parameter of a provider's task list, as its next link gives it: the sort key of the last task of
 * the page before, opaque to clients (base64url, unpadded, of the task's creation instant at full precision, a slash,
 * and its id).
 */
final class TaskCursor {

    private static final String SEPARATOR = "/";
    // PostgreSQL's timestamptz holds these, and every task's creation; a cursor beyond them was not written here.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private TaskCursor() {
    }

    static String of(TaskSortKey key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key.createdAt() + SEPARATOR + key.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor names; 400 naming {@code field} for any value {@link #of} does not write. */
    static TaskSortKey read(String cursor, String field) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split(SEPARATOR, -1);
            if (parts.length == 2) {
                TaskSortKey key = new TaskSortKey(Instant.parse(parts[0]), UUID.fromString(parts[1]));
                // Written back the same, or it is not a cursor of ours: padded, or lenient spellings of the parts
                // (UUID.fromString takes "1-2-3-4-5").
                if (of(key).equals(cursor) && !key.createdAt().isBefore(EARLIEST)
                        && !key.createdAt().isAfter(LATEST)) {
                    return key;
                }
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // answered below, as any other value that is not a cursor
        }
        throw new InvalidRequestException(field, "must be the after value of a next link of this list, as it is given");
    }
}
