package io.lexroute.resolver.service;

/**
 * What a re-assessment of every stale order did: how many orders were judged again under {@code rulebookVersion},
 * and how many stale orders were left alone because they are closed or were stored without their order.
 */
public record ReassessmentSummary(String rulebookVersion, int reassessed, int skippedClosed,
        int skippedWithoutStoredOrder) {
}
