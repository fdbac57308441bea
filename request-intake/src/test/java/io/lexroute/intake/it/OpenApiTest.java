package io.lexroute.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.testsupport.ServiceOperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest extends ServiceOperationsContract {

    @Override
    protected String serviceName() {
        return "request-intake";
    }

    @Override
    protected String aDocumentedPath() {
        return "/api/v1/orders";
    }

    @Test
    void everyOrderOperationNeedsABearerTokenAndDocumentsItsRefusals() throws Exception {
        JsonNode document = openApi();
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");

        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String operation = op.getKey() + " " + path.getKey();
            operations.add(operation);
            JsonNode security = op.getValue().has("security") ? op.getValue().path("security")
                    : document.path("security");
            assertThat(security.findValues("bearer")).as(operation).isNotEmpty();
            for (String status : List.of("401", "403")) {
                assertThat(op.getValue().path("responses").path(status).path("content")
                        .has("application/problem+json")).as(operation + " " + status).isTrue();
            }
        }));
        assertThat(operations).contains("post /api/v1/orders", "get /api/v1/orders", "get /api/v1/orders/{id}",
                "get /api/v1/orders/{id}/response");
    }

    @Test
    void submittingShowsTheContractsExampleOrder() throws Exception {
        JsonNode post = openApi().path("paths").path("/api/v1/orders").path("post");

        JsonNode example = post.path("requestBody").path("content").path("application/json")
                .path("examples").path("belgian-national-order").path("value");
        String text = example.isTextual() ? example.asText() : example.toString();
        assertThat(text).contains("BE-EXAMPLE-0001").contains("live:suspect.example");
        assertThat(post.path("responses").path("202").path("content").path("application/json").path("schema")
                .isEmpty()).isFalse();
    }
}
