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
}
