package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.asPortal;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.lexroute.intake.ValidOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With PostgreSQL unreachable, the API answers 503, never 500, and a submission is told how to retry safely. */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
class DatabaseDownTest {

    public static class NoDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens on port 1; Kafka is pointed there too, as this profile runs without the shared stack.
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/unreachable",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.database.version-check.enabled", "false",
                    "kafka.bootstrap.servers", "127.0.0.1:1",
                    "quarkus.log.category.\"io.lexroute.outbox\".level", "ERROR");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void aSubmissionIsRefusedWith503() {
        submit(newKey(), ValidOrders.json(ValidOrders.node("BE-DOWN-1"))).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("type", startsWith("urn:lexroute:problem:"))
                .body("detail", containsString("may not have been stored"))
                .body("detail", containsString("same Idempotency-Key"));
    }

    @Test
    void readingIsRefusedWith503() {
        asPortal().get(ORDERS + "/" + UUID.randomUUID()).then().statusCode(503).body("status", equalTo(503))
                .body("detail", not(containsString("Idempotency-Key")));
        asPortal().get(ORDERS).then().statusCode(503);
    }

    @Test
    void badRequestsAreStill400() {
        submit(newKey(), "{").then().statusCode(400);
    }
}
