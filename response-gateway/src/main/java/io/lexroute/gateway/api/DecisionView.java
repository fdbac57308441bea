package io.lexroute.gateway.api;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.outbox.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The latest revision of the decision on an order. */
public record DecisionView(UUID orderId, int revision, OrderStatus status, Decision decision) {

    static DecisionView of(DecisionEntity entity) {
        try {
            Decision decision = EventJson.read(entity.decision.getBytes(StandardCharsets.UTF_8), Decision.class);
            return new DecisionView(entity.orderId, entity.revision, entity.status, decision);
        } catch (IOException e) {
            throw new UncheckedIOException("stored decision of " + entity.orderId + " is unreadable", e);
        }
    }
}
