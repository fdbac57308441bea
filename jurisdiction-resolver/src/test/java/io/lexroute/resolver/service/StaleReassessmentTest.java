package io.lexroute.resolver.service;

import io.lexroute.resolver.persistence.StaleAssessments.StaleOrder;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a bulk re-assessment goes on past an order that fails, without Quarkus: each order's transaction is faked. */
class StaleReassessmentTest {

    private static final String VERSION = "2026.10.01-1";
    private static final UUID A = UUID.fromString("10000000-0000-0000-0000-000000000000");
    private static final UUID B = UUID.fromString("20000000-0000-0000-0000-000000000000");
    private static final UUID C = UUID.fromString("30000000-0000-0000-0000-000000000000");

    private final List<UUID> tried = new ArrayList<>();

    @Test
    void anOrderThatFailsIsCountedAndTheOrdersAfterItAreStillJudged() {
        ReassessmentSummary summary = AssessmentService.reassessEach(VERSION, open(A, B, C), orderId -> {
            tried.add(orderId);
            if (orderId.equals(B)) {
                throw new UncheckedIOException("stored assessment 7 is not readable", new IOException("bad order"));
            }
            return true;
        });

        assertThat(tried).containsExactly(A, B, C);
        assertThat(summary).isEqualTo(new ReassessmentSummary(VERSION, 2, 0, 0, 1, List.of(B)));
    }

    @Test
    void closedOrdersAndOrdersWithoutTheirOrderAreLeftAloneAsBefore() {
        List<StaleOrder> stale = List.of(new StaleOrder(A, true, true), new StaleOrder(B, false, false),
                new StaleOrder(C, true, false));

        ReassessmentSummary summary = AssessmentService.reassessEach(VERSION, stale, orderId -> {
            tried.add(orderId);
            return false; // judged again meanwhile by another request
        });

        assertThat(tried).containsExactly(C);
        assertThat(summary).isEqualTo(new ReassessmentSummary(VERSION, 0, 1, 1, 0, List.of()));
    }

    @Test
    void onlyTheFirstTwentyFailedOrdersAreNamed() {
        List<UUID> ids = IntStream.range(0, 25).mapToObj(i -> new UUID(i + 1, 0)).toList();

        ReassessmentSummary summary = AssessmentService.reassessEach(VERSION, open(ids.toArray(UUID[]::new)),
                orderId -> {
                    throw new IllegalStateException("cannot judge " + orderId);
                });

        assertThat(summary.failed()).isEqualTo(25);
        assertThat(summary.failedOrderIds()).isEqualTo(ids.subList(0, ReassessmentSummary.FAILED_IDS_SHOWN));
    }

    @Test
    void aDatabaseThatIsAwayEndsTheRunInsteadOfFailingEveryOrder() {
        assertThatThrownBy(() -> AssessmentService.reassessEach(VERSION, open(A, B, C), orderId -> {
            tried.add(orderId);
            if (orderId.equals(B)) {
                throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("Connection refused", "08001"));
            }
            return true;
        })).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("1 order(s) were re-assessed");

        assertThat(tried).containsExactly(A, B);
    }

    private static List<StaleOrder> open(UUID... orderIds) {
        return Arrays.stream(orderIds).map(orderId -> new StaleOrder(orderId, true, false)).toList();
    }
}
