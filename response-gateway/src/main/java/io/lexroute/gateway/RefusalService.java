package io.lexroute.gateway;

import io.lexroute.gateway.domain.NothingFoundException;
import io.lexroute.gateway.domain.RefusalDocument;
import io.lexroute.gateway.domain.RefusalDocuments;
import io.lexroute.gateway.persistence.DecisionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The refusal document of an order, written from the latest revision of its decision. */
@ApplicationScoped
public class RefusalService {

    private final GatewayService gateway;

    public RefusalService(GatewayService gateway) {
        this.gateway = gateway;
    }

    /** 404 when the order has no decision, or nothing in it is refused or redirected. */
    public RefusalDocument refusalOf(UUID orderId) {
        DecisionEntity latest = gateway.latestDecision(orderId).orElseThrow(() -> GatewayService.noDecision(orderId));
        return RefusalDocuments.of(orderId, latest.readLocated().order(), latest.revision, latest.status,
                        latest.readDecision())
                .orElseThrow(() -> new NothingFoundException("Order " + orderId + " has no refused or redirected "
                        + "outcome, so there is no refusal document."));
    }
}
