package io.lexroute.resolver.service;

import java.util.List;
import java.util.UUID;

/**
 * What a re-assessment of every stale order did: how many orders were judged again under {@code rulebookVersion},
 * how many stale orders were left alone because they are closed or were stored without their order, and how many
 * could not be judged again ({@code failed}; the first {@value #FAILED_IDS_SHOWN} of them in {@code failedOrderIds},
 * the reason of each in the log). A failed order keeps its older assessment and is tried again by the next request.
 */
public record ReassessmentSummary(String rulebookVersion, int reassessed, int skippedClosed,
        int skippedWithoutStoredOrder, int failed, List<UUID> failedOrderIds) {

    public static final int FAILED_IDS_SHOWN = 20;
}
