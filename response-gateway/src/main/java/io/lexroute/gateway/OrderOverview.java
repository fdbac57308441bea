package io.lexroute.gateway;

import io.lexroute.gateway.persistence.DecisionEntity;
import io.lexroute.gateway.persistence.OrderClosureEntity;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order as the gateway sees it now: its latest decision, answer deadline, release and preservation tasks and
 * closure.
 */
public record OrderOverview(DecisionEntity latest, Instant answerDeadline, List<ReleaseTaskEntity> releaseTasks,
        List<PreservationTaskEntity> preservationTasks, Optional<OrderClosureEntity> closure) {
}
