package io.lexroute.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentSummaryTest {

    private static final AssessmentSummary SHOWN = madeAt("2017-12-02T10:00:00Z");

    @Test
    void anAssessmentMadeLaterOrAtTheSameTimeReplacesTheOneShown() {
        assertThat(madeAt("2017-12-02T10:00:00.000001Z").mayReplace(SHOWN)).isTrue();
        assertThat(madeAt("2017-12-02T10:00:00Z").mayReplace(SHOWN)).isTrue();
    }

    @Test
    void anAssessmentMadeBeforeTheOneShownDoesNot() {
        assertThat(madeAt("2017-12-02T09:59:59.999999Z").mayReplace(SHOWN)).isFalse();
    }

    @Test
    void theFirstAssessmentOrOneWithoutATimeAlwaysDoes() {
        assertThat(SHOWN.mayReplace(null)).isTrue();
        assertThat(madeAt(null).mayReplace(SHOWN)).isTrue();
        assertThat(madeAt("2017-12-01T00:00:00Z").mayReplace(madeAt(null))).isTrue();
    }

    private static AssessmentSummary madeAt(String assessedAt) {
        return new AssessmentSummary("rulebook", LocalDate.of(2017, 12, 1), "ELECTRONIC_COMMUNICATIONS_OPERATOR",
                List.of(), Instant.parse("2017-12-11T00:00:00Z"), assessedAt == null ? null : Instant.parse(assessedAt));
    }
}
