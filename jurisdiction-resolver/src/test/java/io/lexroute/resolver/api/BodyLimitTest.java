package io.lexroute.resolver.api;

import io.lexroute.resolver.As;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class BodyLimitTest {

    @Test
    void aDryRunBodyOverTheLimitIsRefusedBeforeItIsRead() {
        // "padding" is no field of a dry run: had the body been read, the strict reader would have answered 400.
        String body = "{\"padding\": \"" + "x".repeat(300 * 1024) + "\"}";

        As.legalReviewer().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assessments/dry-run")
                .then().statusCode(413);
    }
}
