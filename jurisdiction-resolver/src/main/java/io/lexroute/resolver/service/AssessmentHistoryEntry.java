package io.lexroute.resolver.service;

import io.lexroute.contracts.Assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored assessment of an order, as the history endpoint shows it; {@code cause} is {@code ORDER_RECEIVED} or
 * {@code REASSESSMENT_REQUESTED}.
 */
public record AssessmentHistoryEntry(UUID orderId, String rulebookVersion, Instant createdAt, String cause,
        Assessment assessment) {
}
