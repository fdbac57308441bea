package io.lexroute.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.localstack.tokens.DevTokens;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every LexRoute service offers the people who run it, checked the same way in each: a documented API with
 * Swagger UI, readiness that covers the database, Kafka and the outbox relay, and Prometheus metrics for operators. A service's
 * test extends this class and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceOperationsContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The module name, as in the OpenAPI title "LexRoute &lt;name&gt;". */
    protected abstract String serviceName();

    /** One path the service's OpenAPI document must contain. */
    protected abstract String aDocumentedPath();

    /** Successes that rightly have no body besides 204, each as "METHOD path code". */
    protected Set<String> bodilessSuccesses() {
        return Set.of();
    }

    /**
     * Gaps still to be documented, as {@link OpenApiDocuments} words them; each must leave the list once fixed, and
     * nothing may join it.
     */
    protected Set<String> notYetDocumented() {
        return Set.of();
    }

    @Test
    void everyOperationDocumentsItsSuccessfulResponse() throws IOException {
        JsonNode document = openApi();

        assertThat(document.path("paths").has(aDocumentedPath())).isTrue();
        assertThat(OpenApiDocuments.undocumentedSuccesses(document, bodilessSuccesses()))
                .isSubsetOf(notYetDocumented());
    }

    @Test
    void describesTheService() throws IOException {
        JsonNode info = openApi().path("info");

        assertThat(info.path("title").asText()).isEqualTo("LexRoute " + serviceName());
        assertThat(info.path("description").asText()).isNotBlank();
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

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
    void servesPrometheusMetricsToOperatorsOnly() {
        assertThat(MetricsScrape.text()).contains("jvm_memory_used_bytes");
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(DevTokens.provider("skype")).when().get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(DevTokens.authority("metrics-test-authority", "BE")).when().get("/q/metrics")
                .then().statusCode(403);
    }

    /** The running service's OpenAPI document. */
    protected static JsonNode openApi() throws IOException {
        return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }
}
