package io.lexroute.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.gateway.persistence.TaskSortKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskCursorTest {

    private static final UUID ID = UUID.fromString("0b6f1f2e-9c1d-4c7e-8a54-3f1e2d7c9b10");

    @Test
    void aCursorNamesTheKeyItWasWrittenFromToTheMicrosecondAndBeyond() {
        for (String instant : List.of("2026-12-07T10:15:30Z", "2026-12-07T10:15:30.123456Z",
                "2026-12-07T10:15:30.123456789Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z")) {
            TaskSortKey key = new TaskSortKey(Instant.parse(instant), ID);
            String cursor = TaskCursor.of(key);
            assertThat(cursor).as("safe in a query as it is").matches("[A-Za-z0-9_-]+");
            assertThat(TaskCursor.read(cursor, "after")).isEqualTo(key);
        }
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String bad : List.of("", "not a cursor", "not-a-cursor", "%%%", encoded("2026-12-07T10:15:30Z"),
                encoded("2026-12-07T10:15:30Z/"), encoded("2026-12-07T10:15:30Z/not-a-uuid"),
                encoded("2026-12-07T10:15:30Z/1-2-3-4-5"), encoded("2026-12-07T10:15:30Z/" + ID + "/" + ID),
                encoded("2026-12-07 10:15:30/" + ID), encoded("2026-12-07T10:15:30.1Z/" + ID),
                encoded("2026-12-07T10:15:30Z/" + ID.toString().toUpperCase()),
                encoded("+10000-01-01T00:00:00Z/" + ID), encoded("-0001-01-01T00:00:00Z/" + ID),
                padded("2026-12-07T10:15:30.123Z/" + ID), TaskCursor.of(new TaskSortKey(Instant.EPOCH, ID)) + "A")) {
            assertThatThrownBy(() -> TaskCursor.read(bad, "after")).as(bad)
                    .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.violations())
                            .extracting(Problem.Violation::field).containsExactly("after"));
        }
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String padded(String text) {
        String padded = Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        assertThat(padded).endsWith("=");
        return padded;
    }
}
