package io.lexroute.resolver;

import static io.restassured.RestAssured.given;

import io.lexroute.localstack.tokens.DevTokens;
import io.restassured.specification.RequestSpecification;

/** Requests to the resolver's API with dev credentials: {@code As.legalReviewer().when().get(...)}. */
public final class As {

    private As() {
    }

    public static RequestSpecification legalReviewer() {
        return bearer(DevTokens.legalReviewer("test-legal-reviewer"));
    }

    public static RequestSpecification operator() {
        return bearer(DevTokens.operator("test-operator"));
    }

    public static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }
}
