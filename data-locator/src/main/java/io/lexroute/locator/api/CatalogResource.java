package io.lexroute.locator.api;

import io.lexroute.access.AccessProblem;
import io.lexroute.access.Caller;
import io.lexroute.access.Roles;
import io.lexroute.locator.LocatorService;
import io.lexroute.locator.LocatorService.WriteResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The providers' record of where each account's data is stored (order-api.md, "Provider catalog"). Only the
 * provider's own integration reads and writes its catalog; operators may read every catalog. Another provider gets
 * the same 403 whether the account exists or not. Every path parameter is checked against its pattern before
 * anything is read: one the catalog cannot hold (a NUL character, which PostgreSQL refuses in text) is a 400 naming
 * it, not a query that fails.
 */
@Path("/api/v1/providers/{provider}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No bearer token, or one that is invalid or expired",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
@APIResponse(responseCode = "403", description = "Not this provider's integration (nor, for reads, an operator)",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
public class CatalogResource {

    static final String BODY = "body";
    static final String PROVIDER_ID = "[a-z0-9][a-z0-9-]{0,62}";
    private static final String ACCOUNT_ID = "[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}";
    private static final String PAGE = "must be a whole number from 0";
    private static final String SIZE = "must be a whole number from 1 to 200";

    private final LocatorService service;
    private final Caller caller;

    public CatalogResource(LocatorService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.PROVIDER)
    @Path("{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The account was replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "201", description = "The account was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    public Response replace(
            @PathParam("provider") @Pattern(regexp = PROVIDER_ID) String provider,
            @PathParam("accountId") @Pattern(regexp = ACCOUNT_ID) String accountId,
            @NotNull @Valid AccountBody body,
            UriInfo uriInfo) {
        caller.requireProvider(provider);
        WriteResult result = service.replaceAccount(body.toAccount(provider, accountId));
        AccountView view = AccountView.of(result.account());
        return result.write() == LocatorService.Write.CREATED
                ? Response.created(uriInfo.getRequestUri()).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("{accountId}")
    @RolesAllowed({Roles.PROVIDER, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    public AccountView get(
            @PathParam("provider") @Pattern(regexp = PROVIDER_ID) String provider,
            @PathParam("accountId") @Pattern(regexp = ACCOUNT_ID) String accountId) {
        CatalogAccess.requireReader(caller, provider);
        return service.findAccount(provider, accountId)
                .map(AccountView::of)
                .orElseThrow(() -> new AccountNotFoundException(provider, accountId));
    }

    @DELETE
    @Path("{accountId}")
    @RolesAllowed(Roles.PROVIDER)
    @APIResponse(responseCode = "204", description = "The account was deleted")
    public Response delete(
            @PathParam("provider") @Pattern(regexp = PROVIDER_ID) String provider,
            @PathParam("accountId") @Pattern(regexp = ACCOUNT_ID) String accountId) {
        caller.requireProvider(provider);
        if (!service.deleteAccount(provider, accountId)) {
            throw new AccountNotFoundException(provider, accountId);
        }
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.PROVIDER, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "One page of the provider's accounts, sorted by account id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountPageView.class)))
    public AccountPageView list(
            @PathParam("provider") @Pattern(regexp = PROVIDER_ID) String provider,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}", message = PAGE) String page,
            @QueryParam("size") @DefaultValue("50") @Pattern(regexp = "\\d{1,3}", message = SIZE)
            @Min(value = 1, message = SIZE) @Max(value = 200, message = SIZE) String size) {
        CatalogAccess.requireReader(caller, provider);
        // Taken as text so that a bad number is a 400 naming the parameter, not a 404.
        int pageIndex = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        LocatorService.AccountPage found = service.listAccounts(provider, pageIndex, pageSize);
        return new AccountPageView(pageIndex, pageSize, found.total(),
                found.accounts().stream().map(AccountView::of).toList());
    }
}
