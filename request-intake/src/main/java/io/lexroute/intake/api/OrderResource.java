package io.lexroute.intake.api;

import io.lexroute.intake.domain.OrderAnswer;
import io.lexroute.intake.domain.OrderIds;
import io.lexroute.intake.domain.OrderNotFoundException;
import io.lexroute.intake.domain.OrderPage;
import io.lexroute.intake.domain.OrderSnapshot;
import io.lexroute.intake.domain.Submission;
import io.lexroute.intake.service.OrderService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.MDC;

/** The government-portal API (order-api.md): submit, track, list, and fetch the answer. */
@Path(OrderResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    static final String PATH = "/api/v1/orders";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderService orders;

    public OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "Order stored; order.received will be published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderAccepted.class)))
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
        Submission submission = orders.submit(idempotencyKey, request.toOrder());
        MDC.put(OrderLogContext.ORDER_ID, submission.id().toString());
        return Response.accepted(new OrderAccepted(submission.id(), submission.status()))
                .header(HttpHeaders.LOCATION, PATH + "/" + submission.id())
                .build();
    }

    @GET
    @Path("{id}")
    public OrderSnapshot find(@PathParam("id") String id) {
        return orders.find(orderId(id));
    }

    /** Every order for now: per-tenant filtering (the caller's own orders) comes with security, in the query. */
    @GET
    public OrderPage list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return orders.list(ListParameters.parse(status, page, size));
    }

    @GET
    @Path("{id}/response")
    public OrderAnswer answer(@PathParam("id") String id) {
        return orders.answer(orderId(id));
    }

    private static UUID orderId(String id) {
        return OrderIds.parse(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
