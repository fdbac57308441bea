package io.lexroute.intake.domain;

import io.lexroute.contracts.OrderStatus;
import java.util.UUID;

/** The answer to a submission: the order it created, or the one an earlier identical submission created. */
public record Submission(UUID id, OrderStatus status, boolean replayed) {
}
