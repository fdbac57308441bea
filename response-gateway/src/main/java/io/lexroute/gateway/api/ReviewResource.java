package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.contracts.DataCategory;
import io.lexroute.gateway.GatewayService;
import io.lexroute.gateway.ListPage;
import io.lexroute.gateway.PageRequest;
import io.lexroute.gateway.ReviewDecision;
import io.lexroute.gateway.ReviewService;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.OutcomeKey;
import io.lexroute.gateway.domain.ReviewAction;
import io.lexroute.gateway.domain.ReviewStatus;
import io.lexroute.gateway.persistence.LegalReviewEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The legal review queue and the reviewers' decisions: for legal reviewers only. */
@Path(ReviewResource.QUEUE)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    static final String QUEUE = "/api/v1/reviews";

    private final ReviewService reviews;
    private final GatewayService gateway;
    private final AccessPolicy access;
    private final GatewayConfig config;

    public ReviewResource(ReviewService reviews, GatewayService gateway, AccessPolicy access, GatewayConfig config) {
        this.reviews = reviews;
        this.gateway = gateway;
        this.access = access;
        this.config = config;
    }

    /**
     * Oldest first, a page at a time ({@code page} zero-based, {@code size} at most
     * {@code lexroute.gateway.review-page-size}, which is also the default), with a {@code Link} to the next page
     * while there is one; {@code status=PENDING} for the work queue, {@code status=OBJECTION_FILED} for the
     * objections whose outcome is awaited.
     */
    @GET
    @RolesAllowed(Roles.LEGAL_REVIEWER)
    @APIResponse(responseCode = "200", description = "One page of the queue; a Link header names the next page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewView.class)))
    public Response queue(@QueryParam("status") String status, @QueryParam("orderId") String orderId,
            @Parameter(description = Paging.PAGE_DESCRIPTION) @QueryParam(Paging.PAGE) String page,
            @Parameter(description = Paging.SIZE_DESCRIPTION) @QueryParam(Paging.SIZE) String size,
            @Context UriInfo uri) {
        PageRequest requested = Paging.requested(page, size, reviews.largestPage());
        ListPage<LegalReviewEntity> queue = reviews.queue(
                RequestParameters.optionalEnum(status, ReviewStatus.class, "status"),
                RequestParameters.optionalUuid(orderId, "orderId"), requested);
        Instant now = Instant.now();
        return Paging.answer(queue, review -> ReviewView.of(review, now), uri, config.publicUrl());
    }

    /**
     * Releases or refuses one outcome in review, or files an objection to it under Art. 17 (409 when it is not open,
     * or when an objection does not fit it); returns the new decision. The decision names the reviewer as the token
     * does.
     */
    @POST
    @Path("{orderId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL_REVIEWER)
    public DecisionView decide(@PathParam("orderId") String orderId, @Valid @NotNull ReviewDecisionRequest body) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        reviews.decide(id, new ReviewDecision(access.callerName(),
                new OutcomeKey(DataCategory.valueOf(body.dataCategory()), body.location()),
                ReviewAction.valueOf(body.outcome()), body.reason().strip(), body.decisionRevision()), access.actor());
        return gateway.overview(id).map(overview -> DecisionView.of(overview, Instant.now(), config.publicUrl())).orElseThrow();
    }
}
