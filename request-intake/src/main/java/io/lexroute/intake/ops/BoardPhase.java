package io.lexroute.intake.ops;

import io.lexroute.contracts.OrderStatus;
import java.util.Arrays;
import java.util.List;

/** Where an order status sits in the pipeline, as the ops board groups the stages. */
public enum BoardPhase {
    /** Received, assessed or located: the services are still working on it. */
    IN_FLIGHT,
    /** Decided to wait: for a hold window or a third party ({@code ON_HOLD}), or for a legal reviewer. */
    WAITING,
    /** Released in whole or in part: the provider's data packages have still to reach the authority. */
    RELEASING,
    /**
     * The authority has its answer: refused or redirected (the refusal document is the answer), delivered (every
     * released package arrived), or preserved (the provider is to keep the data; nothing is to be released). A
     * preserved order is answered as soon as it is decided, before the provider confirms its preservation.
     */
    ANSWERED;

    public static BoardPhase of(OrderStatus status) {
        return switch (status) {
            case RECEIVED, ASSESSED, LOCATED -> IN_FLIGHT;
            case ON_HOLD, IN_LEGAL_REVIEW -> WAITING;
            case RELEASED, PARTIALLY_RELEASED -> RELEASING;
            case REFUSED, REDIRECTED, DELIVERED, PRESERVED -> ANSWERED;
        };
    }

    /** The statuses of orders still owing their authority an answer: only these can be past their deadline. */
    public static List<OrderStatus> unanswered() {
        return Arrays.stream(OrderStatus.values()).filter(status -> of(status) != ANSWERED).toList();
    }
}
