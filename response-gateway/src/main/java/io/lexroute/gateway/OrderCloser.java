package io.lexroute.gateway;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.OrderClosed;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.domain.AuditAction;
import io.lexroute.gateway.domain.Completion;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.OrderClosureEntity;
import io.lexroute.gateway.persistence.OrderClosureRepository;
import io.lexroute.gateway.persistence.PreservationTaskRepository;
import io.lexroute.gateway.persistence.ReleaseTaskRepository;
import io.lexroute.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Closes an order once nothing more can happen to it, and publishes {@link OrderClosed} once. */
@ApplicationScoped
public class OrderCloser {

    private static final Logger LOG = Logger.getLogger(OrderCloser.class);

    private final OrderClosureRepository closures;
    private final ReleaseTaskRepository tasks;
    private final PreservationTaskRepository preservations;
    private final EventOutbox outbox;
    private final AuditLog audit;

    public OrderCloser(OrderClosureRepository closures, ReleaseTaskRepository tasks,
            PreservationTaskRepository preservations, EventOutbox outbox, AuditLog audit) {
        this.closures = closures;
        this.tasks = tasks;
        this.preservations = preservations;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * In the caller's transaction, with the order locked; {@code decision} is that of {@code latest}, {@code actor}
     * whoever's action completed the order (for the audit log).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrderClosed> closeIfDone(DecisionEntity latest, Decision decision, String actor) {
        if (closures.findByIdOptional(latest.orderId).isPresent()) {
            return Optional.empty();
        }
        Set<OutcomeKey> carriedOut = new HashSet<>(tasks.deliveredOf(latest.orderId));
        carriedOut.addAll(preservations.carriedOutOf(latest.orderId));
        return Completion.closingStatus(decision.outcomes(), carriedOut).map(status -> close(latest, status, actor));
    }

    /**
     * {@link #closeIfDone} for an order's first decision: it has no closure, no delivered package and no confirmed
     * preservation yet, so only the decision's outcomes count.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrderClosed> closeOnFirstDecision(DecisionEntity first, Decision decision, String actor) {
        return Completion.closingStatus(decision.outcomes(), Set.of()).map(status -> close(first, status, actor));
    }

    private OrderClosed close(DecisionEntity latest, OrderStatus status, String actor) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        OrderClosureEntity closure = new OrderClosureEntity();
        closure.orderId = latest.orderId;
        closure.status = status;
        closure.decisionRevision = latest.revision;
        closure.reason = status == OrderStatus.PRESERVED ? preservedReason(latest.orderId) : reason(status);
        closure.closedAt = now;
        closures.persist(closure);
        OrderClosed closed = new OrderClosed(latest.orderId, status, now, closure.reason);
        outbox.append(closed);
        audit.append(actor, AuditAction.ORDER_CLOSED, latest.orderId, AuditLog.details(
                "status", status.name(), "revision", latest.revision, "reason", closure.reason));
        LOG.infof("Closed order %s: %s", latest.orderId, status);
        return closed;
    }

    /**
     * A preservation whose duty ended before the provider confirmed it is named: the issuing authority learns from the
     * closure itself that the provider never said it kept that data.
     */
    private String preservedReason(UUID orderId) {
        List<String> unconfirmed = preservations.ofOrder(orderId).stream()
                .filter(task -> task.status == PreservationTaskStatus.ENDED && task.confirmedAt == null)
                .map(task -> task.dataCategory + " in " + task.country)
                .toList();
        if (unconfirmed.isEmpty()) {
            return reason(OrderStatus.PRESERVED);
        }
        return "Nothing is released. The duty to preserve ended (Regulation (EU) 2023/1543, Art. 11) without the provider"
                + " confirming that it preserved " + String.join(", ", unconfirmed) + "; disclosing any data needs a"
                + " production order.";
    }

    private static String reason(OrderStatus status) {
        return switch (status) {
            case DELIVERED -> "Every released data package has been received and is available to the issuing "
                    + "authority.";
            case REDIRECTED -> "Nothing is released; the refusal document names the channels that can work.";
            case PRESERVED -> "Nothing is released: the provider confirmed that it preserves the data until the end of "
                    + "its period, or the duty to preserve ended (Regulation (EU) 2023/1543, Art. 11); disclosing it "
                    + "needs a production order.";
            default -> "Nothing is released; the refusal document states every ground.";
        };
    }
}
