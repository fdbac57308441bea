package io.lexroute.intake.domain;

import static io.lexroute.contracts.OrderStatus.ASSESSED;
import static io.lexroute.contracts.OrderStatus.LOCATED;
import static io.lexroute.contracts.OrderStatus.RECEIVED;

import io.lexroute.contracts.OrderStatus;
import java.util.Objects;

/**
 * Where an order stands, and how each downstream event moves it. The topics are consumed independently, so events
 * of one order can arrive in any order across topics: progress only moves forward, a decision replaces another only
 * when its revision is newer, and closing is final.
 *
 * @param status           the status the portal sees
 * @param decisionRevision the revision of the decision applied so far, null before any
 * @param closed           whether the order was closed (nothing more will happen to it)
 */
public record OrderProgress(OrderStatus status, Integer decisionRevision, boolean closed) {

    public OrderProgress {
        Objects.requireNonNull(status, "status");
    }

    public static OrderProgress received() {
        return new OrderProgress(RECEIVED, null, false);
    }

    /** A decided status: anything after {@code LOCATED}. */
    public static boolean isDecided(OrderStatus status) {
        return rank(status) > rank(LOCATED);
    }

    /** The order was assessed or located: move forward to it, never back. */
    public OrderProgress reached(OrderStatus milestone) {
        if (milestone != ASSESSED && milestone != LOCATED) {
            throw new IllegalArgumentException(milestone + " is not a progress milestone");
        }
        return rank(milestone) > rank(status) ? new OrderProgress(milestone, decisionRevision, closed) : this;
    }

    /** Only a decision newer than the one already applied counts. */
    public boolean acceptsRevision(int revision) {
        return decisionRevision == null || revision > decisionRevision;
    }

    /**
     * A newer decision: it sets its status, unless the order is already closed (then only the revision moves, so
     * the decision document stays current while the final status is kept).
     */
    public OrderProgress decided(int revision, OrderStatus decidedStatus) {
        if (!acceptsRevision(revision)) {
            throw new IllegalStateException("revision " + revision + " is not newer than " + decisionRevision);
        }
        OrderStatus next = closed || decidedStatus == null ? status : decidedStatus;
        return new OrderProgress(next, revision, closed);
    }

    /** The order was closed with {@code closedStatus} (kept as it is when the event carries none). */
    public OrderProgress closedWith(OrderStatus closedStatus) {
        return new OrderProgress(closedStatus == null ? status : closedStatus, decisionRevision, true);
    }

    private static int rank(OrderStatus status) {
        return switch (status) {
            case RECEIVED -> 0;
            case ASSESSED -> 1;
            case LOCATED -> 2;
            default -> 3;
        };
    }
}
