package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.RefusalService;
import io.lexroute.gateway.domain.RefusalDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The refusal document of an order, as structured JSON or as readable HTML, for the authority that submitted it. */
@Path("/api/v1/orders/{orderId}")
public class RefusalResource {

    /** Nothing in the page may load or run anything; its only style is inline. */
    private static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final RefusalService service;
    private final AccessPolicy access;

    public RefusalResource(RefusalService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    /** JSON, or HTML when the client asks for text/html (as a browser does). */
    @GET
    @Path("refusal")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed(Roles.AUTHORITY)
    @APIResponse(responseCode = "200", description = "The refusal document",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefusalDocument.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))
            })
    public Response refusal(@PathParam("orderId") String orderId, @Context HttpHeaders headers) {
        RefusalDocument document = document(orderId);
        return wantsHtml(headers.getAcceptableMediaTypes()) ? html(document)
                : Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("refusal.html")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.AUTHORITY)
    @APIResponse(responseCode = "200", description = "The refusal document as a page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response refusalHtml(@PathParam("orderId") String orderId) {
        return html(document(orderId));
    }

    private RefusalDocument document(String orderId) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        access.requireSubmitter(id);
        return service.refusalOf(id);
    }

    private static Response html(RefusalDocument document) {
        return Response.ok(RefusalHtml.render(document), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", HTML_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** HTML only when the client prefers it to JSON: an explicit text/html ranked before any JSON type. */
    private static boolean wantsHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }
}
