package io.lexroute.gateway.support;

import static io.restassured.RestAssured.given;

import io.lexroute.localstack.tokens.DevTokens;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the gateway with dev credentials, e.g. {@code As.provider(order.provider()).when().get(...)}: the one
 * place the tests get their tokens from.
 */
public final class As {

    /** The legal reviewer the tests act as; decisions name this reviewer, whatever a request body says. */
    public static final String REVIEWER = "Dr. Jane Reviewer";

    private As() {
    }

    /** The authority that submitted the orders {@link LocatedOrders} builds. */
    public static RequestSpecification submitter() {
        return authority(LocatedOrders.SUBMITTED_BY, LocatedOrders.SUBMITTER_COUNTRY);
    }

    public static RequestSpecification authority(String tenant, String country) {
        return bearer(DevTokens.authority(tenant, country));
    }

    /** The provider's own integration. */
    public static RequestSpecification provider(String provider) {
        return bearer(DevTokens.provider(provider));
    }

    public static RequestSpecification reviewer() {
        return bearer(DevTokens.legalReviewer(REVIEWER));
    }

    public static RequestSpecification operator() {
        return bearer(DevTokens.operator("on-call-operator"));
    }

    public static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }
}
