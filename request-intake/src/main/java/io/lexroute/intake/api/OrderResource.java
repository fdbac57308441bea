package io.lexroute.intake.api;

import io.lexroute.access.AccessDeniedException;
import io.lexroute.access.Caller;
import io.lexroute.access.Roles;
import io.lexroute.access.TokenClaims;
import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.OrderIds;
import io.lexroute.intake.api.OrderRequest.IssuingAuthorityRequest;
import io.lexroute.intake.domain.OrderAnswer;
import io.lexroute.intake.domain.OrderPage;
import io.lexroute.intake.domain.OrderScope;
import io.lexroute.intake.domain.OrderSnapshot;
import io.lexroute.intake.domain.Submission;
import io.lexroute.intake.service.OrderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.MDC;

/**
 * The government-portal API (order-api.md): submit, track, list, and fetch the answer. Roles as in order-api.md's
 * "Security": an authority submits and sees only its own orders; operators see every order; legal reviewers read
 * single orders. An authority gets one and the same 403 for any order id that is not its own, existing or not.
 */
@Path(OrderResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401",
        description = "No bearer token, or one that is not valid (signature, issuer, expiry)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrderResource {

    static final String PATH = "/api/v1/orders";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderService orders;
    private final Caller caller;

    public OrderResource(OrderService orders, Caller caller) {
        this.orders = orders;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.AUTHORITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "Order stored; order.received will be published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderAccepted.class)))
    @APIResponse(responseCode = "400", description = "The order breaks the contract; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403",
            description = "Not an authority, issuingAuthority.country is not the authority's own country, or the "
                    + "token's authority_types claim does not list issuingAuthority.type or validatedBy.type (or "
                    + "cannot be read)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "This authority used the Idempotency-Key for another order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @HeaderParam(IDEMPOTENCY_KEY)
            @NotNull(message = "header is required")
            @Pattern(regexp = "[\\x20-\\x7E]{1,200}", message = "must be 1 to 200 printable ASCII characters")
            String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderRequest.class),
                    examples = @ExampleObject(name = "belgian-national-order",
                            summary = "The example order of the API contract",
                            value = OrderExamples.BELGIAN_NATIONAL_ORDER)))
            @NotNull(message = "a JSON order is required") @Valid OrderRequest request) {
        String tenant = caller.requireAuthority();
        requireIssuedInOwnCountry(request.issuingAuthority().country());
        requireAuthorityTypesAllowed(request.issuingAuthority());
        Submission submission = orders.submit(idempotencyKey, request.toOrder(tenant));
        MDC.put(OrderLogContext.ORDER_ID, submission.id().toString());
        return Response.accepted(new OrderAccepted(submission.id(), submission.status()))
                .header(HttpHeaders.LOCATION, PATH + "/" + submission.id())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.LEGAL_REVIEWER})
    @APIResponse(responseCode = "200", description = "The order, its status, timeline and decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderSnapshot.class)))
    @APIResponse(responseCode = "403", description = "Not a role that reads orders, or (for an authority) not one of "
            + "its own orders: the same answer whether such an order exists or not",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No order has this id (operators and legal reviewers)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderSnapshot find(@PathParam("id") String id) {
        OrderScope scope = scopeOfCaller(Roles.OPERATOR, Roles.LEGAL_REVIEWER);
        return orders.find(orderId(id, scope), scope);
    }

    /** An authority's own orders (narrowed in the query), every order for an operator. */
    @GET
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "A page of orders, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderPage.class)))
    @APIResponse(responseCode = "400", description = "A bad status, page or size; violations name it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an authority nor an operator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderPage list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return orders.list(ListParameters.parse(scopeOfCaller(Roles.OPERATOR), status, page, size));
    }

    /** For the submitting authority only. */
    @GET
    @Path("{id}/response")
    @RolesAllowed(Roles.AUTHORITY)
    @APIResponse(responseCode = "200", description = "The decision, its refusal part and the released packages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderAnswer.class)))
    @APIResponse(responseCode = "403", description = "Not the authority that submitted this order: the same answer "
            + "whether such an order exists or not",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order is not decided yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderAnswer answer(@PathParam("id") String id) {
        OrderScope scope = OrderScope.ownOrdersOf(caller.requireAuthority());
        return orders.answer(orderId(id, scope), scope);
    }

    /** Every order for a caller with one of {@code rolesSeeingEveryOrder}, else the caller's own as an authority. */
    private OrderScope scopeOfCaller(String... rolesSeeingEveryOrder) {
        for (String role : rolesSeeingEveryOrder) {
            if (caller.is(role)) {
                return OrderScope.everyOrder();
            }
        }
        return OrderScope.ownOrdersOf(caller.requireAuthority());
    }

    /** An authority submits orders of its own State only: its token's country must be the issuing authority's. */
    private void requireIssuedInOwnCountry(String orderCountry) {
        Optional<String> own = caller.authorityCountry();
        if (own.isEmpty()) {
            throw new AccessDeniedException("These credentials name no country (token claim '" + TokenClaims.COUNTRY
                    + "'), so they cannot submit orders.");
        }
        if (!own.get().equals(orderCountry)) {
            throw new AccessDeniedException("These credentials act for an authority of " + own.get()
                    + "; they cannot submit an order whose issuingAuthority.country is " + orderCountry + ".");
        }
    }

    /**
     * A portal vouches for the authorities it submits for, unless its token lists the types it may name
     * ({@link TokenClaims#AUTHORITY_TYPES}): then the issuer's and the validator's type must be among them. Checked
     * before the submission, so that replaying an idempotency key cannot return an order the token may not submit.
     */
    private void requireAuthorityTypesAllowed(IssuingAuthorityRequest authority) {
        Optional<Set<AuthorityType>> allowed = caller.authorityTypesAllowed();
        if (allowed.isEmpty()) {
            return;
        }
        requireAuthorityTypeAllowed(allowed.get(), "issuingAuthority.type", authority.type());
        if (authority.validatedBy() != null) {
            requireAuthorityTypeAllowed(allowed.get(), "issuingAuthority.validatedBy.type",
                    authority.validatedBy().type());
        }
    }

    private static void requireAuthorityTypeAllowed(Set<AuthorityType> allowed, String field, AuthorityType stated) {
        if (!allowed.contains(stated)) {
            throw new AccessDeniedException("These credentials may name only these authority types as issuing or "
                    + "validating authority: " + allowed + "; they cannot submit an order whose " + field + " is "
                    + stated + ".");
        }
    }

    /** A malformed id names no order: answered like any id the caller cannot see. */
    private static UUID orderId(String id, OrderScope scope) {
        return OrderIds.parse(id).orElseThrow(() -> scope.unknownOrder(id));
    }
}
