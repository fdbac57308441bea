package io.lexroute.intake.it;

import static io.restassured.RestAssured.given;

import io.lexroute.contracts.OrderEvent;
import io.lexroute.intake.persistence.OrderEntity;
import io.lexroute.localstack.tokens.DevTokens;
import io.lexroute.outbox.EventRecords;
import io.lexroute.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What the tests do again and again: call the API with a token, submit an order, count orders, play an upstream
 * service, wait.
 */
final class IntakeApi {

    static final String ORDERS = "/api/v1/orders";
    /** The portal account the tests submit as by default: the authority of the contract's example order. */
    static final String PORTAL_TENANT = "be-antwerp-court";
    static final String PORTAL = DevTokens.authority(PORTAL_TENANT, "BE");
    static final String OPERATOR = DevTokens.operator("test-operator");

    private IntakeApi() {
    }

    /** A request carrying {@code token} as its bearer token. */
    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A request from the default portal account ({@link #PORTAL}). */
    static RequestSpecification asPortal() {
        return as(PORTAL);
    }

    static Response submit(String idempotencyKey, String body) {
        return submit(PORTAL, idempotencyKey, body);
    }

    static Response submit(String token, String idempotencyKey, String body) {
        return as(token).contentType("application/json").header("Idempotency-Key", idempotencyKey).body(body)
                .when().post(ORDERS);
    }

    static String newKey() {
        return "test-" + UUID.randomUUID();
    }

    static long orderCount() {
        return QuarkusTransaction.requiringNew().call(() -> OrderEntity.count());
    }

    /** Publishes {@code event} as {@code source} would, CloudEvents headers and all. */
    static ProducerRecord<String, byte[]> publish(KafkaTestClient kafka, OrderEvent event, String source) {
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(event, source);
        kafka.produce(record.topic(), record.key(), record.value(), headersOf(record));
        return record;
    }

    static Map<String, String> headersOf(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** Retries {@code assertion} until it passes or {@code timeout} is over, then fails with its last error. */
    static void eventually(Duration timeout, Runnable assertion) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                sleep(Duration.ofMillis(200));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
