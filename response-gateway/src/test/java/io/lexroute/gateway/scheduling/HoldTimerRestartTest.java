package io.lexroute.gateway.scheduling;

import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Timers survive restarts: a hold that fell due while no gateway ran (stored before this test's gateway started, by
 * {@link DueHoldSeeder}) is released by the freshly started gateway's scheduler.
 */
@QuarkusTest
@TestProfile(HoldTimerRestartTest.SeededBeforeStart.class)
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class HoldTimerRestartTest {

    /** A profile of its own, so this test gets a gateway started after the seeding. */
    public static class SeededBeforeStart implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DueHoldSeeder.class));
        }
    }

    private final Pipeline pipeline = new Pipeline();

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void aTimerThatFellDueWhileNoGatewayRanIsReleasedAfterStart() {
        UUID orderId = UUID.fromString(ConfigProvider.getConfig().getValue(DueHoldSeeder.ORDER_ID, String.class));

        OrderDecided released = pipeline.awaitDecided(orderId, 2);

        assertThat(released.status()).isEqualTo(OrderStatus.RELEASED);
        CategoryOutcome outcome = released.decision().outcomes().get(0);
        assertThat(outcome.outcome()).isEqualTo(RELEASE);
        assertThat(outcome.grounds().get(0).code()).isEqualTo("HOLD_ENDED");
        assertThat(outcome.grounds().get(0).reason()).contains("1-hour window");
        String provider = ConfigProvider.getConfig().getValue(DueHoldSeeder.PROVIDER, String.class);
        assertThat(ProviderTasks.idOf(ProviderTasks.open(provider, 1), "CONTENT")).isNotNull();
    }
}
