package io.lexroute.locator.api;

import static io.restassured.RestAssured.given;

import io.lexroute.localstack.tokens.DevTokens;
import io.restassured.specification.RequestSpecification;

/** Requests to the catalog API with dev credentials: {@code As.provider("skype").when().get(...)}. */
final class As {

    private As() {
    }

    /** The provider's own integration. */
    static RequestSpecification provider(String provider) {
        return bearer(DevTokens.provider(provider));
    }

    static RequestSpecification operator() {
        return bearer(DevTokens.operator("on-call-operator"));
    }

    static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }
}
