package io.lexroute.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.testsupport.ServiceOperationsContract;
import io.quarkus.test.junit.QuarkusTest;
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
