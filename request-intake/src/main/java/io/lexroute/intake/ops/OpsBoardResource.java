package io.lexroute.intake.ops;

import io.lexroute.access.Roles;
import io.lexroute.intake.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.NoCache;

/**
 * The data of the ops board (the page itself is static, at /ops/, and holds no data): the pipeline per status,
 * what is overdue or waiting, and what was dead-lettered. For operators only.
 */
@Path(OpsBoardResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class OpsBoardResource {

    static final String PATH = "/api/v1/ops/board";

    private final OrderBoardQueries orders;
    private final DeadLetterReader deadLetters;
    private final Clock clock;

    public OpsBoardResource(OrderBoardQueries orders, DeadLetterReader deadLetters, Clock clock) {
        this.orders = orders;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    @GET
    @NoCache
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "The ops board: orders per status, overdue, in legal review, on hold, dead letters")
    @APIResponse(responseCode = "200", description = "The pipeline now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpsBoard.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an operator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpsBoard board() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        OrderBoardQueries.OrderBoard board = orders.read(now);
        return new OpsBoard(now, board.stages(), board.overdue(), board.inLegalReview(), board.onHold(),
                deadLetters.latest());
    }
}
