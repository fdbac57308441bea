package io.lexroute.testsupport;

import static io.restassured.RestAssured.given;

import io.lexroute.localstack.tokens.DevTokens;

/** The service's Prometheus metrics as an operator reads them (/q/metrics is an operator's, as Prometheus scrapes). */
public final class MetricsScrape {

    private static final String OPERATOR = DevTokens.operator("metrics-scrape");

    private MetricsScrape() {
    }

    /** The text of /q/metrics of the service under test (RestAssured's base URI and port). */
    public static String text() {
        return given().auth().oauth2(OPERATOR).when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
