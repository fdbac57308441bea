package io.lexroute.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lexroute.contracts.OrderDecided;
import io.lexroute.contracts.OrderLocated;
import io.lexroute.gateway.domain.DecisionMaker;
import io.lexroute.gateway.domain.Verdict;
import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.DecisionRepository;
import io.lexroute.outbox.EventJson;
import io.lexroute.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Decides located orders and keeps every revision of each decision. Release tasks, package upload, refusal documents,
 * hold timers and legal review are not built yet; each will add a revision through this service.
 */
@ApplicationScoped
public class GatewayService {

    private static final Logger LOG = Logger.getLogger(GatewayService.class);

    private final DecisionRepository decisions;
    private final EventOutbox outbox;

    public GatewayService(DecisionRepository decisions, EventOutbox outbox) {
        this.decisions = decisions;
        this.outbox = outbox;
    }

    /**
     * Decides the located order, stores the decision as the order's next revision (1 for a new order; a later
     * location of the same order, e.g. after a re-assessment, revises it) and appends {@link OrderDecided}, all in
     * the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderDecided decide(OrderLocated located, String sourceEventId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Verdict verdict = DecisionMaker.decide(located, now);
        int revision = decisions.latest(located.orderId()).map(latest -> latest.revision + 1).orElse(1);

        DecisionEntity entity = new DecisionEntity();
        entity.orderId = located.orderId();
        entity.revision = revision;
        entity.status = verdict.status();
        entity.decision = json(verdict.decision());
        entity.locatedEvent = json(located);
        entity.sourceEventId = sourceEventId;
        entity.decidedAt = now;
        decisions.persist(entity);

        OrderDecided decided = new OrderDecided(located.orderId(), revision, verdict.status(), verdict.decision());
        outbox.append(decided);
        LOG.infof("Decided order %s, revision %d: %s", located.orderId(), revision, verdict.status());
        return decided;
    }

    public Optional<DecisionEntity> latestDecision(UUID orderId) {
        return decisions.latest(orderId);
    }

    private static String json(Object value) {
        return new String(EventJson.write(value), UTF_8);
    }
}
