package io.lexroute.intake.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lexroute.outbox.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes the jsonb columns with the event JSON mapping, so stored documents match the wire format. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static String write(Object value) {
        try {
            return value == null ? null : EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
