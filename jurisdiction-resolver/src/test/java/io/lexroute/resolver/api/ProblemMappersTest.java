package io.lexroute.resolver.api;

import io.lexroute.outbox.EventTooLargeException;
import io.lexroute.resolver.service.DatabaseUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers of the mappers that need no running service. */
class ProblemMappersTest {

    @Test
    void aDatabaseThatIsAwayIsA503WithRetryAfter() {
        Response response = new ProblemMappers().databaseUnavailable(new DatabaseUnavailableException(
                "The database is unavailable; nothing was re-assessed.", new SQLException("refused", "08001")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains("nothing was re-assessed");
    }

    @Test
    void aReassessmentWhoseEventWouldBeTooLargeIsA413ThatSaysNothingWasStored() {
        UUID orderId = UUID.randomUUID();
        Response response = new ProblemMappers().eventTooLarge(
                new EventTooLargeException("io.lexroute.order.assessed.v1", orderId, 1_200_000, 1_000_000));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains(orderId.toString(),
                "more than the 1000000 bytes an event may carry", "nothing was stored");
    }
}
