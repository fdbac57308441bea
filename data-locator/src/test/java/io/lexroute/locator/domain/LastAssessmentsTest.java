package io.lexroute.locator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LastAssessmentsTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T1 = Instant.parse("2026-10-02T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-10-02T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-10-02T11:00:00Z");

    @Test
    void anOrderNotLocatedBeforeIsNotSuperseded() {
        assertThat(new LastAssessments(Map.of()).supersededBy(ORDER, T1)).isEmpty();
    }

    @Test
    void onlyAnAssessmentStrictlyOlderThanTheLastLocatedIsSuperseded() {
        LastAssessments last = new LastAssessments(Map.of(ORDER, T2));

        assertThat(last.supersededBy(ORDER, T1)).contains(T2);
        assertThat(last.supersededBy(ORDER, T2)).isEmpty();
        assertThat(last.supersededBy(ORDER, T3)).isEmpty();
        assertThat(last.supersededBy(UUID.randomUUID(), T1)).isEmpty();
    }

    @Test
    void locatingMovesTheLastAssessmentOnButNeverBack() {
        LastAssessments last = new LastAssessments(Map.of(ORDER, T2));

        last.located(ORDER, T3);
        assertThat(last.supersededBy(ORDER, T2)).contains(T3);

        last.located(ORDER, T1);
        assertThat(last.supersededBy(ORDER, T2)).contains(T3);
    }

    @Test
    void anUnknownAssessedAtIsNeitherSupersededNorRecorded() {
        LastAssessments last = new LastAssessments(Map.of(ORDER, T2));

        assertThat(last.supersededBy(ORDER, null)).isEmpty();
        last.located(ORDER, null);
        assertThat(last.supersededBy(ORDER, T1)).contains(T2);
    }
}
