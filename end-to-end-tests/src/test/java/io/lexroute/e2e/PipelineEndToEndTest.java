package io.lexroute.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.contracts.CloudEventHeaders;
import io.lexroute.contracts.OrderTopic;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.demo.OrderClient;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.testsupport.KafkaTestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The four services as they ship, each in its own JVM, against one real Kafka broker and one real PostgreSQL: every
 * example case must reach exactly its expected outcomes through the whole event pipeline.
 */
class PipelineEndToEndTest {

    private static final Duration DECISION_TIMEOUT = LexRouteUnderTest.DECISION_TIMEOUT;
    private static final List<String> CASES = ExampleCase.ALL;

    private static OrderClient client;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void startLexRoute() throws Exception {
        LexRouteUnderTest lexRoute = LexRouteUnderTest.get();
        client = lexRoute.client;
        kafka = lexRoute.kafka;
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void exampleCaseReachesItsExpectedOutcomes(String caseId) throws Exception {
        ExampleCase exampleCase = ExampleCase.load(caseId);
        client.putCatalog(exampleCase);

        String orderId = client.submit(exampleCase.order(), caseId + "-" + UUID.randomUUID());
        JsonNode order = client.awaitDecision(orderId, DECISION_TIMEOUT);

        JsonNode expect = exampleCase.expect();
        assertThat(order.path("status").asText()).isEqualTo(expect.path("status").asText());
        assertThat(outcomes(order.path("decision").path("outcomes")))
                .containsExactlyInAnyOrderElementsOf(outcomes(expect.path("outcomes")));
        String grounds = order.path("decision").path("outcomes").toString();
        for (JsonNode mention : expect.path("citationsMention")) {
            assertThat(grounds).contains(mention.asText());
        }
    }

    @Test
    void everyStepIsOnTheTimelineAndOnTheTopicsWithCloudEventsHeaders() throws Exception {
        ExampleCase story = ExampleCase.load("us-msft-ie-2016");
        client.putCatalog(story);
        String orderId = client.submit(story.order(), "timeline-" + UUID.randomUUID());
        JsonNode order = client.awaitDecision(orderId, DECISION_TIMEOUT);

        List<String> services = new ArrayList<>();
        order.path("timeline").forEach(step -> services.add(step.path("service").asText()));
        assertThat(services).contains("request-intake", "jurisdiction-resolver", "data-locator", "response-gateway");

        for (OrderTopic topic : List.of(OrderTopic.RECEIVED, OrderTopic.ASSESSED, OrderTopic.LOCATED,
                OrderTopic.DECIDED)) {
            ConsumerRecord<String, byte[]> record = kafka.awaitRecord(topic.topic(),
                    r -> orderId.equals(r.key()), Duration.ofSeconds(30));
            Map<String, String> headers = headers(record);
            assertThat(headers).containsEntry(CloudEventHeaders.TYPE, topic.eventType())
                    .containsEntry(CloudEventHeaders.SUBJECT, orderId)
                    .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                    .containsKeys(CloudEventHeaders.ID, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME,
                            CloudEventHeaders.TRACEPARENT);
        }
    }

    @Test
    void oneTraceFollowsTheOrderFromThePortalsPostThroughEveryKafkaHop() throws Exception {
        ExampleCase story = ExampleCase.load("us-msft-ie-2016");
        client.putCatalog(story);
        String portalTraceId = UUID.randomUUID().toString().replace("-", "");
        String portalSpanId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String orderId = client.submit(story.order(), "trace-" + UUID.randomUUID(),
                "00-" + portalTraceId + "-" + portalSpanId + "-01");
        client.awaitDecision(orderId, DECISION_TIMEOUT);

        List<String> spanIds = new ArrayList<>(List.of(portalSpanId));
        for (OrderTopic topic : List.of(OrderTopic.RECEIVED, OrderTopic.ASSESSED, OrderTopic.LOCATED,
                OrderTopic.DECIDED)) {
            String[] traceparent = headers(kafka.awaitRecord(topic.topic(), r -> orderId.equals(r.key()),
                    Duration.ofSeconds(30))).get(CloudEventHeaders.TRACEPARENT).split("-");
            assertThat(traceparent[1]).as("trace id on " + topic.topic()).isEqualTo(portalTraceId);
            spanIds.add(traceparent[2]);
        }
        assertThat(spanIds).as("each hop is a span of its own").doesNotHaveDuplicates();
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextOrderStillGoesThrough() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.produce(OrderTopic.RECEIVED.topic(), poisonKey, "{not json".getBytes(UTF_8),
                Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE, OrderTopic.RECEIVED.eventType()));

        ConsumerRecord<String, byte[]> deadLetter = kafka.awaitRecord(OrderTopic.RECEIVED.deadLetterTopic(),
                r -> poisonKey.equals(r.key()), Duration.ofSeconds(60));
        assertThat(headers(deadLetter)).containsKey("dead-letter-reason");

        ExampleCase story = ExampleCase.load("eevid-subscriber-2026");
        client.putCatalog(story);
        String orderId = client.submit(story.order(), "after-poison-" + UUID.randomUUID());
        assertThat(client.awaitDecision(orderId, DECISION_TIMEOUT).path("status").asText()).isEqualTo("RELEASED");
    }

    @Test
    void theSameSubmissionTwiceIsOneOrder() throws Exception {
        ExampleCase story = ExampleCase.load("be-skype-2017");
        client.putCatalog(story);
        String key = "replay-" + UUID.randomUUID();
        String first = client.submit(story.order(), key);
        String second = client.submit(story.order(), key);
        assertThat(second).isEqualTo(first);
        client.awaitDecision(first, DECISION_TIMEOUT);
        assertThat(kafka.countRecords(OrderTopic.DECIDED.topic(), r -> first.equals(r.key()), Duration.ofSeconds(3)))
                .isEqualTo(1);
    }

    @Test
    void aReassessmentOnRequestFlowsThroughThePipelineAsANewDecisionRevision() throws Exception {
        ExampleCase story = ExampleCase.load("eevid-subscriber-2026");
        client.putCatalog(story);
        String orderId = client.submit(story.order(), "reassess-" + UUID.randomUUID());
        client.awaitDecision(orderId, DECISION_TIMEOUT);

        LexRouteUnderTest lexRoute = LexRouteUnderTest.get();
        GatewayClient resolver = lexRoute.api(LexRouteService.JURISDICTION_RESOLVER).as(LexRouteUnderTest.REVIEWER);
        resolver.post("/api/v1/assessments/" + orderId + "/reassessment", Map.of(), 201);

        kafka.awaitRecord(OrderTopic.DECIDED.topic(),
                r -> orderId.equals(r.key()) && new String(r.value(), UTF_8).contains("\"revision\":2"),
                DECISION_TIMEOUT);
        assertThat(resolver.get("/api/v1/assessments/" + orderId).size()).isEqualTo(2);
    }

    private static List<String> outcomes(JsonNode outcomes) {
        return StreamSupport.stream(outcomes.spliterator(), false)
                .map(o -> o.path("dataCategory").asText() + "@"
                        + (o.path("location").isNull() || o.path("location").isMissingNode()
                                ? "none" : o.path("location").asText())
                        + "=" + o.path("outcome").asText())
                .collect(Collectors.toList());
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), UTF_8), (a, b) -> b));
    }
}
