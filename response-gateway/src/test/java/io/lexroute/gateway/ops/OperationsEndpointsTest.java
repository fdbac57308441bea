package io.lexroute.gateway.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OperationsEndpointsTest {

    @Test
    void readinessCoversTheDatabaseKafkaAndTheOutbox() {
        JsonPath health = JsonPath.from(given().when().get("/q/health/ready").then().statusCode(200)
                .extract().asString());

        assertThat(health.getString("status")).isEqualTo("UP");
        List<Map<String, Object>> checks = health.getList("checks");
        assertThat(checks).anySatisfy(check -> {
            assertThat((String) check.get("name")).containsIgnoringCase("database");
            assertThat(check.get("status")).isEqualTo("UP");
        });
        assertThat(checks).anySatisfy(check -> {
            assertThat((String) check.get("name")).containsIgnoringCase("kafka");
            assertThat(check.get("status")).isEqualTo("UP");
        });
        assertThat(checks).anySatisfy(check -> {
            assertThat(check.get("name")).isEqualTo("Outbox relay");
            assertThat(check.get("status")).isEqualTo("UP");
            assertThat(((Map<?, ?>) check.get("data")).containsKey("backlog")).isTrue();
        });
    }

    @Test
    void servesPrometheusMetrics() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}
