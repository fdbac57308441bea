package io.lexroute.resolver.service;

import io.lexroute.contracts.Assessment;

import java.time.Instant;
import java.util.UUID;

/** One stored assessment of an order, as the history endpoint shows it. */
public record AssessmentHistoryEntry(UUID orderId, String rulebookVersion, Instant createdAt, Assessment assessment) {
}
