package io.lexroute.intake.ops;

import io.lexroute.contracts.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the ops board shows: the pipeline at {@code generatedAt}. */
@Schema(description = "The order pipeline as the ops board shows it")
public record OpsBoard(
        @Schema(description = "When this board was read (the service's clock); ages are measured from it")
        Instant generatedAt,
        @Schema(description = "Orders per status, every status listed, in pipeline order")
        List<Stage> stages,
        @Schema(description = "Orders past their answer deadline that have not been answered, most overdue first")
        Orders overdue,
        @Schema(description = "Orders waiting for a legal reviewer, longest waiting first")
        Orders inLegalReview,
        @Schema(description = "Orders on hold (a hold window or a third party), longest waiting first")
        Orders onHold,
        @Schema(description = "The latest records of the dead-letter topics")
        DeadLetters deadLetters) {

    /** Orders in one status. */
    public record Stage(
            OrderStatus status,
            BoardPhase phase,
            @Schema(description = "Orders in this status now")
            long count) {
    }

    /** A list capped at {@link OrderBoardQueries#LIST_LIMIT} entries, with the full count. */
    public record Orders(
            @Schema(description = "How many orders match, also those beyond the list")
            long total,
            List<BoardOrder> orders) {
    }

    /** One order as the board lists it; the order id opens its timeline at GET /api/v1/orders/{id}. */
    public record BoardOrder(
            UUID id,
            String externalReference,
            OrderStatus status,
            String provider,
            String issuingAuthorityCountry,
            Instant receivedAt,
            @Schema(description = "The order's last change: for a waiting order, about when it began to wait")
            Instant lastChangeAt,
            @Schema(description = "The answer deadline of the order's assessment; null before it is assessed")
            Instant answerDeadline,
            @Schema(description = "Seconds since the order was received")
            long ageSeconds,
            @Schema(description = "Whether the answer deadline has passed without an answer")
            boolean overdue) {
    }

    /** The dead-letter topics, or why they could not be read. */
    public record DeadLetters(
            @Schema(description = "False when Kafka could not be read; error says why and the lists are empty")
            boolean available,
            String error,
            @Schema(description = "Records on each dead-letter topic (within its retention)")
            List<DeadLetterTopic> topics,
            @Schema(description = "The latest records of every dead-letter topic, newest first")
            List<DeadLetter> latest) {

        static DeadLetters unavailable(String error) {
            return new DeadLetters(false, error, List.of(), List.of());
        }
    }

    public record DeadLetterTopic(String topic, long records) {
    }

    /** A record a consumer could not process, with the error the SmallRye dead-letter queue put in its headers. */
    public record DeadLetter(
            @Schema(description = "The dead-letter topic, e.g. order.decided.dlq")
            String topic,
            int partition,
            long offset,
            @Schema(description = "The record key: the order id for order events")
            String key,
            Instant timestamp,
            @Schema(description = "Where the record was consumed from (header dead-letter-topic)")
            String originalTopic,
            @Schema(description = "Header dead-letter-partition")
            Integer originalPartition,
            @Schema(description = "Header dead-letter-offset")
            Long originalOffset,
            @Schema(description = "The error message (header dead-letter-reason)")
            String reason,
            @Schema(description = "The error's cause, if any (header dead-letter-cause)")
            String cause,
            @Schema(description = "The error's class (header dead-letter-exception-class-name)")
            String exceptionClass,
            @Schema(description = "The start of the record value as UTF-8 text")
            String value) {
    }
}
