package io.lexroute.gateway.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.OpenApiDocuments;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OpenApiTest {

    /** Every success of this API has a body. */
    private static final Set<String> BODILESS_SUCCESSES = Set.of();

    @Test
    void everyOperationDocumentsItsSuccessfulResponse() throws Exception {
        JsonNode document = openApi();

        assertThat(document.path("paths").has("/api/v1/decisions/{orderId}")).isTrue();
        assertThat(OpenApiDocuments.undocumentedSuccesses(document, BODILESS_SUCCESSES)).isEmpty();
    }

    @Test
    void describesTheService() throws Exception {
        JsonNode info = openApi().path("info");

        assertThat(info.path("title").asText()).isEqualTo("LexRoute response-gateway");
        assertThat(info.path("description").asText()).isNotBlank();
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static JsonNode openApi() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }
}
