package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.lexroute.contracts.Ground;
import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** REFUSE and REDIRECT filed to the authority: structured JSON and an escaped HTML rendering. */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class RefusalDocumentTest {

    private static final String AUTHORITY = "Procureur <script>alert('x')</script> & Co";
    private static final Ground NOT_COMPETENT = new Ground("EEVID_ISSUER_NOT_COMPETENT",
            "Regulation (EU) 2023/1543, Art. 4(2)",
            "Only a judge, a court or an investigating judge may issue or validate an order for content data.");
    private static final Ground MLA_IE = new Ground("MUTUAL_LEGAL_ASSISTANCE",
            "US-Ireland Treaty on Mutual Legal Assistance, TIAS 13137",
            "Request the data from Ireland's central authority under the treaty.");

    private final Pipeline pipeline = new Pipeline();

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @Test
    void refusedAndRedirectedOutcomesAreFiledWithEveryGroundAsJsonAndHtml() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).authority(AUTHORITY)
                .refused(SUBSCRIBER, "DE", NOT_COMPETENT)
                .redirected(CONTENT, "IE", MLA_IE)
                .build());
        OrderDecided decided = pipeline.awaitDecided(orderId, 1);
        assertThat(decided.status()).isEqualTo(OrderStatus.REDIRECTED);
        // The link starts with lexroute.gateway.public-url, whose port a test on a free port cannot know.
        assertThat(decided.refusalDocumentLink()).startsWith("http://")
                .endsWith("/api/v1/orders/" + orderId + "/refusal");
        assertThat(pipeline.awaitClosed(orderId).status()).isEqualTo(OrderStatus.REDIRECTED);

        As.submitter().accept("application/json").when().get("/api/v1/orders/{orderId}/refusal", orderId)
                .then().statusCode(200)
                .contentType("application/json")
                .body("orderId", equalTo(orderId.toString()))
                .body("orderReference", equalTo("TEST-" + orderId))
                .body("authority.name", equalTo(AUTHORITY))
                .body("authority.country", equalTo("DE"))
                .body("title", containsString("Annex III of Regulation (EU) 2023/1543"))
                .body("decisionRevision", equalTo(1))
                .body("items", hasSize(2))
                .body("items[0].outcome", equalTo("REFUSE"))
                .body("items[0].grounds[0].code", equalTo(NOT_COMPETENT.code()))
                .body("items[0].grounds[0].citation", equalTo(NOT_COMPETENT.citation()))
                .body("items[1].outcome", equalTo("REDIRECT"))
                .body("items[1].location", equalTo("IE"))
                .body("items[1].channel.name", equalTo(MLA_IE.citation()))
                .body("items[1].channel.how", equalTo(MLA_IE.reason()));
        As.submitter().when().get("/api/v1/orders/{orderId}/refusal", orderId)
                .then().statusCode(200).contentType("application/json");

        List<Response> renderings = List.of(
                As.submitter().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                        .when().get("/api/v1/orders/{orderId}/refusal", orderId),
                As.submitter().when().get("/api/v1/orders/{orderId}/refusal.html", orderId));
        for (Response response : renderings) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("text/html");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
            String html = response.asString();
            assertThat(html).contains("Procureur &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
            assertThat(html).doesNotContain("<script>");
            assertThat(html).contains(MLA_IE.citation()).contains(NOT_COMPETENT.citation()).contains("TEST-" + orderId);
        }
    }

    @Test
    void anOrderThatRefusesNothingHasNoRefusalDocument() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).released(SUBSCRIBER, "LU").build());
        pipeline.awaitDecided(orderId, 1);

        As.submitter().when().get("/api/v1/orders/{orderId}/refusal", orderId)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no refused or redirected outcome"));
        // An order that is not the authority's (here: none at all) is refused, not reported missing.
        As.submitter().when().get("/api/v1/orders/{orderId}/refusal", UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }
}
