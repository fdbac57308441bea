package io.lexroute.locator.api;

import io.lexroute.access.AccessProblem;
import io.lexroute.access.Caller;
import io.lexroute.access.Roles;
import io.lexroute.locator.LocatorService;
import io.lexroute.locator.LocatorService.AddresseeWriteResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A provider's addressee of orders in the Union: the establishment it designated, or the legal representative it
 * appointed, in a Member State (Directive (EU) 2023/1544 Art. 3). That Member State is the enforcing State of
 * Regulation (EU) 2023/1543, notified under Art. 8 and entitled to raise grounds for refusal under Art. 12, so every
 * located order carries the addressee. Only the provider's own integration writes it; operators may read every
 * provider's.
 */
@Path("/api/v1/providers/{provider}/addressee")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No bearer token, or one that is invalid or expired",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
@APIResponse(responseCode = "403", description = "Not this provider's integration (nor, for reads, an operator)",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
public class AddresseeResource {

    private final LocatorService service;
    private final Caller caller;

    public AddresseeResource(LocatorService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.PROVIDER)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The addressee was replaced, or was already this one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AddresseeView.class)))
    @APIResponse(responseCode = "201", description = "The addressee was recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AddresseeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; each is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(
            @PathParam("provider") @Pattern(regexp = CatalogResource.PROVIDER_ID) String provider,
            @NotNull @Valid AddresseeBody body,
            UriInfo uriInfo) {
        caller.requireProvider(provider);
        AddresseeWriteResult result = service.replaceAddressee(provider, body.toAddressee());
        AddresseeView view = AddresseeView.of(result.addressee());
        return result.write() == LocatorService.Write.CREATED
                ? Response.created(uriInfo.getRequestUri()).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({Roles.PROVIDER, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "The provider's addressee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AddresseeView.class)))
    @APIResponse(responseCode = "404", description = "The provider recorded no addressee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AddresseeView get(@PathParam("provider") @Pattern(regexp = CatalogResource.PROVIDER_ID) String provider) {
        CatalogAccess.requireReader(caller, provider);
        return service.findAddressee(provider)
                .map(AddresseeView::of)
                .orElseThrow(() -> new AddresseeNotFoundException(provider));
    }

    @DELETE
    @RolesAllowed(Roles.PROVIDER)
    @APIResponse(responseCode = "204", description = "The addressee was removed")
    @APIResponse(responseCode = "404", description = "The provider recorded no addressee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("provider") @Pattern(regexp = CatalogResource.PROVIDER_ID) String provider) {
        caller.requireProvider(provider);
        if (!service.deleteAddressee(provider)) {
            throw new AddresseeNotFoundException(provider);
        }
        return Response.noContent().build();
    }
}
