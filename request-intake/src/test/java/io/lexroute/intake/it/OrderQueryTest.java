package io.lexroute.intake.it;

import static io.lexroute.intake.it.IntakeApi.OPERATOR;
import static io.lexroute.intake.it.IntakeApi.ORDERS;
import static io.lexroute.intake.it.IntakeApi.as;
import static io.lexroute.intake.it.IntakeApi.asPortal;
import static io.lexroute.intake.it.IntakeApi.newKey;
import static io.lexroute.intake.it.IntakeApi.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import io.lexroute.intake.ValidOrders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OrderQueryTest {

    /** An operator sees every order, so may learn that an id names none; an authority may not (AccessControlTest). */
    @ParameterizedTest
    @ValueSource(strings = {"/00000000-0000-0000-0000-000000000000", "/not-a-uuid", "/1-1-1-1-1"})
    void anUnknownOrderIsA404ProblemForAnOperator(String path) {
        as(OPERATOR).get(ORDERS + path).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:lexroute:problem:not-found"));
    }

    @Test
    void listsNewestFirst() {
        String older = submitted();
        String newer = submitted();

        asPortal().queryParam("status", "RECEIVED").queryParam("size", 2).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", contains(newer, older))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(2))
                .body("totalPages", greaterThanOrEqualTo(1));
        asPortal().queryParam("size", 1).queryParam("page", 1).get(ORDERS).then()
                .statusCode(200)
                .body("items.id", contains(older));
    }

    @Test
    void aStatusFilterOnlyListsThatStatus() {
        submitted();

        asPortal().queryParam("status", "DELIVERED").queryParam("size", 100).get(ORDERS).then()
                .statusCode(200)
                .body("items.findAll { it.status != 'DELIVERED' }.size()", equalTo(0));
    }

    /** The last page whose offset (page * size) is an int: empty, as the orders do not reach that far. */
    @Test
    void theLastPageTheQueryCanSkipToIsEmpty() {
        asPortal().queryParam("page", Integer.MAX_VALUE / 20).get(ORDERS).then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("page", equalTo(Integer.MAX_VALUE / 20));
        asPortal().queryParam("page", Integer.MAX_VALUE).queryParam("size", 1).get(ORDERS).then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    /** Pages 107374183 and 214748365 of 20 orders would skip past the int range (to a negative, then a small one). */
    @ParameterizedTest
    @CsvSource({"status, received", "status, SHIPPED", "size, 101", "size, 0", "size, ten", "page, -1",
            "page, 107374183", "page, 214748365", "page, 2147483648"})
    void aBadQueryParameterIsA400NamingIt(String parameter, String value) {
        asPortal().queryParam(parameter, value).get(ORDERS).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(parameter));
    }

    private static String submitted() {
        return submit(newKey(), ValidOrders.json(ValidOrders.node("BE-LIST-" + UUID.randomUUID())))
                .then().statusCode(202).extract().path("id");
    }
}
