package io.lexroute.gateway.persistence;

import io.lexroute.gateway.domain.TaskScope;
import io.lexroute.outbox.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A task's scope as its jsonb column holds it, for release and preservation tasks alike. */
final class ScopeJson {

    private ScopeJson() {
    }

    static TaskScope read(String json, String task) {
        try {
            return EventJson.read(json.getBytes(StandardCharsets.UTF_8), TaskScope.class);
        } catch (IOException e) {
            throw new UncheckedIOException("scope of " + task + " is unreadable", e);
        }
    }

    static String write(TaskScope scope) {
        return new String(EventJson.write(scope), StandardCharsets.UTF_8);
    }
}
