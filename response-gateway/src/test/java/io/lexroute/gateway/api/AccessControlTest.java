package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.gateway.support.As;
import io.lexroute.gateway.support.LocatedOrders;
import io.lexroute.gateway.support.Pipeline;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.testsupport.AccessChecks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may call what, on the real service: 401 without valid credentials, 403 for a role an endpoint does not
 * admit, and, within a role, only one's own tasks (providers) and orders (authorities), another's being refused
 * exactly like one that does not exist.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class AccessControlTest {

    private static final String TASKS = ProviderTasks.TASKS;
    private static final String PACKAGE = ProviderTasks.PACKAGE;
    private static final String NOT_FOUND = TASKS + "/{taskId}/not-found";
    private static final String PRESERVATIONS = ProviderTasks.PRESERVATION_TASKS;
    private static final String ORDER = "/api/v1/orders/{orderId}";
    private static final String PRESERVATION_OF_ORDER = ORDER + "/preservation";
    private static final String SKYPE = "skype";
    private static final String MICROSOFT = "microsoft";
    private static final String OTHER_AUTHORITY = "be-antwerp-court";
    private static final String ROLE_MISSING = "These credentials do not carry a role that may call this endpoint.";
    private static final Ground NOT_COMPETENT = new Ground("EEVID_ISSUER_NOT_COMPETENT",
            "Regulation (EU) 2023/1543, Art. 4(2)", "Only a judge may order traffic data.");

    private final Pipeline pipeline = new Pipeline();

    private enum Role {
        AUTHORITY(As::submitter),
        PROVIDER(() -> As.provider(SKYPE)),
        LEGAL_REVIEWER(As::reviewer),
        OPERATOR(As::operator);

        private final Supplier<RequestSpecification> request;

        Role(Supplier<RequestSpecification> request) {
            this.request = request;
        }
    }

    /** One call per endpoint, and the roles it does not admit. */
    private enum Call {
        PROVIDER_TASKS(EnumSet.of(Role.AUTHORITY, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        UPLOAD_PACKAGE(EnumSet.of(Role.AUTHORITY, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        REPORT_NOT_FOUND(EnumSet.of(Role.AUTHORITY, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        PRESERVATION_TASKS(EnumSet.of(Role.AUTHORITY, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        CONFIRM_PRESERVATION(EnumSet.of(Role.AUTHORITY, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        PRESERVATION_NOT_FOUND(EnumSet.of(Role.AUTHORITY, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        PRESERVATION(EnumSet.of(Role.PROVIDER)),
        EXTEND_PRESERVATION(EnumSet.of(Role.PROVIDER, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        CONFIRM_PRODUCTION_REQUEST(EnumSet.of(Role.PROVIDER, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        WITHDRAW_PRESERVATION(EnumSet.of(Role.PROVIDER, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        DECISION(EnumSet.of(Role.PROVIDER)),
        MANIFEST(EnumSet.of(Role.PROVIDER, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        DOWNLOAD(EnumSet.of(Role.PROVIDER, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        REFUSAL(EnumSet.of(Role.PROVIDER, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        REFUSAL_HTML(EnumSet.of(Role.PROVIDER, Role.LEGAL_REVIEWER, Role.OPERATOR)),
        HOLDS(EnumSet.of(Role.PROVIDER)),
        OBJECTION(EnumSet.of(Role.PROVIDER, Role.OPERATOR)),
        REVIEW_QUEUE(EnumSet.of(Role.AUTHORITY, Role.PROVIDER, Role.OPERATOR)),
        REVIEW_DECISION(EnumSet.of(Role.AUTHORITY, Role.PROVIDER, Role.OPERATOR)),
        ORDER_AUDIT(EnumSet.of(Role.AUTHORITY, Role.PROVIDER)),
        AUDIT_VERIFICATION(EnumSet.of(Role.AUTHORITY, Role.PROVIDER, Role.LEGAL_REVIEWER));

        private final Set<Role> refused;

        Call(Set<Role> refused) {
            this.refused = refused;
        }

        /** {@code id}: the order (or, for a provider's task, the task); {@code packageId} for a download. */
        Response send(RequestSpecification request, UUID id, UUID packageId) {
            return switch (this) {
                case PROVIDER_TASKS -> request.when().get(TASKS, SKYPE);
                case UPLOAD_PACKAGE -> request.contentType("text/csv").body(new byte[] {1, 2, 3})
                        .when().put(PACKAGE, SKYPE, id);
                case REPORT_NOT_FOUND -> request.contentType(ContentType.JSON).body("{}")
                        .when().post(NOT_FOUND, SKYPE, id);
                case PRESERVATION_TASKS -> request.when().get(PRESERVATIONS, SKYPE);
                case CONFIRM_PRESERVATION -> request.when().post(PRESERVATIONS + "/{taskId}/confirmation", SKYPE, id);
                case PRESERVATION_NOT_FOUND -> request.contentType(ContentType.JSON).body("{}")
                        .when().post(PRESERVATIONS + "/{taskId}/not-found", SKYPE, id);
                case PRESERVATION -> request.when().get(PRESERVATION_OF_ORDER, id);
                case EXTEND_PRESERVATION -> request.when().post(PRESERVATION_OF_ORDER + "/extension", id);
                case CONFIRM_PRODUCTION_REQUEST -> request.contentType(ContentType.JSON).body("{}")
                        .when().post(PRESERVATION_OF_ORDER + "/production-request", id);
                case WITHDRAW_PRESERVATION -> request.when().post(PRESERVATION_OF_ORDER + "/withdrawal", id);
                case DECISION -> request.when().get("/api/v1/decisions/{orderId}", id);
                case MANIFEST -> request.when().get(ORDER + "/packages", id);
                case DOWNLOAD -> request.when().get(ORDER + "/packages/{packageId}", id, packageId);
                case REFUSAL -> request.accept(ContentType.JSON).when().get(ORDER + "/refusal", id);
                case REFUSAL_HTML -> request.when().get(ORDER + "/refusal.html", id);
                case HOLDS -> request.when().get(ORDER + "/holds", id);
                case OBJECTION -> request.contentType(ContentType.JSON)
                        .body("{\"authority\": \"A\", \"grounds\": \"B\"}").when().post(ORDER + "/holds/objection", id);
                case REVIEW_QUEUE -> request.when().get("/api/v1/reviews");
                case REVIEW_DECISION -> request.contentType(ContentType.JSON)
                        .body("{\"dataCategory\": \"CONTENT\", \"location\": \"IE\", \"outcome\": \"RELEASE\", "
                                + "\"reason\": \"R\"}")
                        .when().post("/api/v1/reviews/{orderId}/decision", id);
                case ORDER_AUDIT -> request.when().get(ORDER + "/audit", id);
                case AUDIT_VERIFICATION -> request.when().get("/api/v1/audit/verification");
            };
        }

        Response send(RequestSpecification request) {
            return send(request, UUID.randomUUID(), UUID.randomUUID());
        }
    }

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void withoutATokenEveryEndpointIsUnauthenticated(Call call) {
        AccessChecks.assertUnauthenticated(call.send(given()));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void aTamperedTokenIsUnauthenticated(Call call) {
        AccessChecks.assertUnauthenticated(call.send(As.bearer(tampered())));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anExpiredTokenIsUnauthenticated(Call call) {
        String expired = DevTokens.sign(LocatedOrders.SUBMITTED_BY, List.of("authority", "provider",
                        "legal-reviewer", "operator"),
                Map.of("authority", LocatedOrders.SUBMITTED_BY, "country", "DE", "provider", SKYPE),
                Duration.ofMinutes(-10));
        AccessChecks.assertUnauthenticated(call.send(As.bearer(expired)));
    }

    /** Signed by the trusted key and unexpired, but for another audience, for none, or issued too long ago. */
    @ParameterizedTest
    @EnumSource(Call.class)
    void aTokenOutOfScopeIsUnauthenticated(Call call) {
        for (String token : AccessChecks.outOfScope(LocatedOrders.SUBMITTED_BY,
                List.of("authority", "provider", "legal-reviewer", "operator"),
                Map.of("authority", LocatedOrders.SUBMITTED_BY, "country", "DE", "provider", SKYPE))) {
            AccessChecks.assertUnauthenticated(call.send(As.bearer(token)));
        }
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void eachEndpointRefusesTheRolesItDoesNotAdmit(Call call) {
        assertThat(call.refused).isNotEmpty();
        for (Role role : call.refused) {
            Response response = call.send(role.request.get());
            assertThat(response.statusCode()).as("%s as %s", call, role).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("detail")).as("%s as %s", call, role).isEqualTo(ROLE_MISSING);
        }
        Response roleless = call.send(As.bearer(DevTokens.sign("nobody", List.of(), Map.of(), Duration.ofHours(1))));
        assertThat(roleless.statusCode()).as("%s without a role", call).isEqualTo(403);
    }

    @Test
    void aProviderSeesAndActsOnItsOwnTasksOnly() {
        UUID skypeOrder = UUID.randomUUID();
        UUID microsoftOrder = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(skypeOrder).provider(SKYPE).released(SUBSCRIBER, "LU").build());
        pipeline.send(LocatedOrders.order(microsoftOrder).provider(MICROSOFT).released(SUBSCRIBER, "US").build());
        pipeline.awaitDecided(skypeOrder, 1);
        pipeline.awaitDecided(microsoftOrder, 1);
        String skypeTask = taskOf(SKYPE, skypeOrder);
        String microsoftTask = taskOf(MICROSOFT, microsoftOrder);

        As.provider(SKYPE).when().get(TASKS, SKYPE)
                .then().statusCode(200)
                .body("id", hasItem(skypeTask))
                .body("id", not(hasItem(microsoftTask)))
                .body("provider", everyItem(equalTo(SKYPE)));
        assertThat(As.provider(SKYPE).when().get(TASKS, MICROSOFT).statusCode()).isEqualTo(403);

        // Microsoft's task, through Skype's own path or Microsoft's, is refused exactly like a made-up task id.
        UUID guessed = UUID.randomUUID();
        Response guessedUpload = upload(SKYPE, SKYPE, guessed.toString());
        assertSameRefusal(upload(SKYPE, SKYPE, microsoftTask), microsoftTask, guessedUpload, guessed);
        assertThat(upload(SKYPE, MICROSOFT, microsoftTask).statusCode()).isEqualTo(403);
        Response guessedNotFound = notFound(SKYPE, SKYPE, guessed.toString());
        assertSameRefusal(notFound(SKYPE, SKYPE, microsoftTask), microsoftTask, guessedNotFound, guessed);
        assertThat(notFound(SKYPE, MICROSOFT, microsoftTask).statusCode()).isEqualTo(403);

        // Nothing happened to Microsoft's task; Microsoft itself can act on it, and Skype on its own.
        As.provider(MICROSOFT).when().get(TASKS + "?status=OPEN", MICROSOFT)
                .then().statusCode(200).body("id", hasItem(microsoftTask)).body("id", not(hasItem(skypeTask)));
        assertThat(upload(MICROSOFT, MICROSOFT, microsoftTask).statusCode()).isEqualTo(201);
        assertThat(notFound(SKYPE, SKYPE, skypeTask).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheSubmittingAuthorityReadsAnOrdersPackagesRefusalAndDecision() {
        UUID orderId = UUID.randomUUID();
        LocatedOrders order = LocatedOrders.order(orderId).released(SUBSCRIBER, "US")
                .refused(TRAFFIC, "US", NOT_COMPETENT);
        String packageId = ProviderTasks.uploadCsvOnceDecided(pipeline, order, "SUBSCRIBER", new byte[] {4, 5, 6});
        UUID pkg = UUID.fromString(packageId);

        for (Call call : List.of(Call.MANIFEST, Call.DOWNLOAD, Call.REFUSAL, Call.REFUSAL_HTML, Call.DECISION,
                Call.HOLDS)) {
            assertThat(call.send(As.submitter(), orderId, pkg).statusCode()).as("%s as the submitter", call)
                    .isEqualTo(200);
            RequestSpecification other = As.authority(OTHER_AUTHORITY, "BE");
            Response theirs = call.send(other, orderId, pkg);
            UUID guessed = UUID.randomUUID();
            Response guessedByOther = call.send(As.authority(OTHER_AUTHORITY, "BE"), guessed, UUID.randomUUID());
            assertSameRefusal(theirs, orderId.toString(), guessedByOther, guessed);
            // The submitter guessing ids gets the very same answer.
            UUID guessedBySubmitter = UUID.randomUUID();
            assertSameRefusal(call.send(As.submitter(), guessedBySubmitter, UUID.randomUUID()),
                    guessedBySubmitter.toString(), guessedByOther, guessed);
        }
        // A package id guessed within one's own order is simply not there.
        As.submitter().when().get(ORDER + "/packages/{packageId}", orderId, UUID.randomUUID())
                .then().statusCode(404);

        // Only the submitter's download was handed over.
        JsonPath audit = As.operator().when().get(ORDER + "/audit", orderId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(audit.getList("findAll { it.action == 'PACKAGE_DOWNLOADED' }.actor"))
                .containsExactly("authority " + LocatedOrders.SUBMITTED_BY);
    }

    @Test
    void onlyTheSubmittingAuthorityReadsAndShapesAnOrdersPreservation() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).instrument(Instrument.EPOC_PR)
                .preserved(SUBSCRIBER, "IE", Instant.now().plus(Duration.ofDays(60))).build());
        pipeline.awaitDecided(orderId, 1);
        As.operator().when().get(PRESERVATION_OF_ORDER, orderId).then().statusCode(200);

        for (Call call : List.of(Call.PRESERVATION, Call.EXTEND_PRESERVATION, Call.CONFIRM_PRODUCTION_REQUEST,
                Call.WITHDRAW_PRESERVATION)) {
            Response theirs = call.send(As.authority(OTHER_AUTHORITY, "BE"), orderId, null);
            UUID guessed = UUID.randomUUID();
            Response guessedByOther = call.send(As.authority(OTHER_AUTHORITY, "BE"), guessed, null);
            assertSameRefusal(theirs, orderId.toString(), guessedByOther, guessed);
        }
        // Nothing the other authority sent changed the preservation; staff asking for an order without one get 404.
        As.submitter().when().get(PRESERVATION_OF_ORDER, orderId)
                .then().statusCode(200)
                .body("extendedAt", nullValue())
                .body("productionRequestConfirmedAt", nullValue())
                .body("tasks[0].status", equalTo("OPEN"));
        As.operator().when().get(PRESERVATION_OF_ORDER, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aReviewerIsNamedFromTheTokenNotFromTheBody() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).inReview(CONTENT, "IE").build());
        pipeline.awaitDecided(orderId, 1);
        String reviewer = "Prof. Token Holder";

        As.bearer(DevTokens.legalReviewer(reviewer)).contentType(ContentType.JSON)
                .body("{\"reviewer\": \"Mallory Forged\", \"dataCategory\": \"CONTENT\", \"location\": \"IE\", "
                        + "\"outcome\": \"REFUSE\", \"reason\": \"Conflicting obligations under EU law.\"}")
                .when().post("/api/v1/reviews/{orderId}/decision", orderId)
                .then().statusCode(200)
                .body("decision.outcomes[0].grounds[0].citation", equalTo("Reviewed by " + reviewer));

        assertThat(pipeline.awaitDecided(orderId, 2).decision().outcomes().get(0).grounds().get(0).citation())
                .isEqualTo("Reviewed by " + reviewer);
        As.reviewer().when().get("/api/v1/reviews?orderId={orderId}", orderId)
                .then().statusCode(200).body("[0].reviewer", equalTo(reviewer));
        JsonPath audit = As.operator().when().get(ORDER + "/audit", orderId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(audit.getList("findAll { it.action == 'REVIEW_DECIDED' }.actor"))
                .containsExactly("legal-reviewer " + reviewer);
        assertThat(audit.prettify()).doesNotContain("Mallory");
    }

    @Test
    void onlyAReviewerOrAnAuthorityOfTheStateWhereHeldDataIsStoredMayObject() {
        UUID orderId = UUID.randomUUID();
        pipeline.send(LocatedOrders.order(orderId).held(CONTENT, "NL", 240).build());
        pipeline.awaitDecided(orderId, 1);
        String objection = "{\"authority\": \"A\", \"grounds\": \"B\"}";
        Function<RequestSpecification, Integer> object = request -> request.contentType(ContentType.JSON)
                .body(objection).when().post(ORDER + "/holds/objection", orderId).statusCode();

        assertThat(object.apply(As.authority("fr-parquet-paris", "FR"))).isEqualTo(403);
        assertThat(object.apply(As.submitter())).isEqualTo(403);
        RequestSpecification dutch = As.authority("nl-om-rotterdam", "NL");
        dutch.when().get(ORDER + "/holds", orderId).then().statusCode(200).body("[0].location", equalTo("NL"));
        // With no addressee on the located order, the State where held data is stored may object: it sees the holds,
        // not the decision or anything else of the order.
        assertThat(As.authority("nl-om-rotterdam", "NL").when().get("/api/v1/decisions/{orderId}", orderId)
                .statusCode()).isEqualTo(403);
        assertThat(As.authority("fr-parquet-paris", "FR").when().get(ORDER + "/holds", orderId).statusCode())
                .isEqualTo(403);
        assertThat(object.apply(As.authority("nl-om-rotterdam", "NL"))).isEqualTo(200);
    }

    /**
     * Two 403s that tell the caller nothing apart: the same type, title, status, violations, and the same detail
     * once the id each request named is taken out.
     */
    private static void assertSameRefusal(Response actual, String actualId, Response reference, UUID referenceId) {
        assertThat(actual.statusCode()).isEqualTo(403);
        assertThat(reference.statusCode()).isEqualTo(403);
        assertThat(actual.contentType()).isEqualTo(reference.contentType());
        JsonPath mine = actual.jsonPath();
        JsonPath guessed = reference.jsonPath();
        for (String field : List.of("type", "title", "status", "violations")) {
            assertThat(mine.getString(field)).as(field).isEqualTo(guessed.getString(field));
        }
        assertThat(mine.getString("detail").replace(actualId, "<id>"))
                .isEqualTo(guessed.getString("detail").replace(referenceId.toString(), "<id>"));
    }

    private static Response upload(String as, String provider, String taskId) {
        return As.provider(as).contentType("text/csv").body(new byte[] {1, 2, 3}).when().put(PACKAGE, provider, taskId);
    }

    private static Response notFound(String as, String provider, String taskId) {
        return As.provider(as).contentType(ContentType.JSON).body("{}").when().post(NOT_FOUND, provider, taskId);
    }

    private static String taskOf(String provider, UUID orderId) {
        return Pipeline.eventually(() -> As.provider(provider).when().get(TASKS + "?status=OPEN", provider)
                .then().statusCode(200).extract().jsonPath()
                .<String>getList("findAll { it.orderId == '" + orderId + "' }.id").stream().findFirst(),
                "the open task of " + provider + " for order " + orderId);
    }

    /** The submitter's signed token with another authority's claims in its payload: the signature no longer fits. */
    private static String tampered() {
        String[] genuine = DevTokens.authority(LocatedOrders.SUBMITTED_BY, "DE").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(genuine[1]), UTF_8)
                .replace(LocatedOrders.SUBMITTED_BY, OTHER_AUTHORITY);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(UTF_8));
        return genuine[0] + "." + forged + "." + genuine[2];
    }
}
