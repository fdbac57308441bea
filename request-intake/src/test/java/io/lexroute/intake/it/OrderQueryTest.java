package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.lexroute.intake.ValidOrders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OrderQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"/00000000-0000-0000-0000-000000000000", "/not-a-uuid", "/1-1-1-1-1",
            "/00000000-0000-0000-0000-000000000000/response", "/not-a-uuid/response"})
    void anUnknownOrderIsA404Problem(String path) {
        given().get(ORDERS + path).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:lexroute:problem:not-found"));
    }

    @Test
    void listsNewestFirst() {
        String older = submitted();
        String newer = submitted();

        given().queryParam("status", "RECEIVED").queryParam("size", 2).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", contains(newer, older))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(2))
                .body("totalPages", greaterThanOrEqualTo(1));
        given().queryParam("size", 1).queryParam("page", 1).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", contains(older));
    }

    @Test
    void aStatusFilterOnlyListsThatStatus() {
        submitted();

        given().queryParam("status", "DELIVERED").queryParam("size", 100).get(ORDERS).then()
                .statusCode(200)
                .body("items.findAll { it.status != 'DELIVERED' }.size()", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({"status, received", "status, SHIPPED", "size, 101", "size, 0", "size, ten", "page, -1"})
    void aBadQueryParameterIsA400NamingIt(String parameter, String value) {
        given().queryParam(parameter, value).get(ORDERS).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(parameter));
    }

    private static String submitted() {
        return submit(newKey(), ValidOrders.json(ValidOrders.node("BE-LIST-" + UUID.randomUUID())))
                .then().statusCode(202).extract().path("id");
    }
}
