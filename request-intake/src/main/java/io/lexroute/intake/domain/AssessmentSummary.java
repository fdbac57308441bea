package io.lexroute.intake.domain;

import io.lexroute.contracts.Assessment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portal is shown of the jurisdiction-resolver's assessment: which law, and by when to answer. */
public record AssessmentSummary(
        String rulebookVersion,
        LocalDate lawDate,
        String providerClassification,
        List<String> applicableInstruments,
        Instant answerDeadline,
        Instant assessedAt) {

    public static AssessmentSummary of(Assessment assessment) {
        return new AssessmentSummary(assessment.rulebookVersion(), assessment.lawDate(),
                assessment.providerClassification(),
                assessment.applicableInstruments() == null ? List.of() : assessment.applicableInstruments(),
                assessment.answerDeadline(), assessment.assessedAt());
    }

    /**
     * Whether this assessment may take the place of {@code shown}: not when it was made strictly before it (an event
     * put back on its topic long after, or overtaken by a newer one). Made at the same time, or when either time is
     * unknown, it may.
     */
    public boolean mayReplace(AssessmentSummary shown) {
        return shown == null || assessedAt == null || shown.assessedAt() == null
                || !assessedAt.isBefore(shown.assessedAt());
    }
}
