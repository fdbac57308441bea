package io.lexroute.gateway.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.gateway.support.As;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class DecisionResourceTest {

    @Test
    void anOrderWithoutDecisionIsNotFound() {
        UUID orderId = UUID.randomUUID();

        As.operator().when().get("/api/v1/decisions/{orderId}", orderId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString(orderId.toString()));
    }

    @Test
    void anOrderIdMustBeAUuid() {
        As.operator().when().get("/api/v1/decisions/{orderId}", "not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("orderId"));
    }
}
