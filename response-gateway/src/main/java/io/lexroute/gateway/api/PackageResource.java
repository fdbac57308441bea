package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.PackageDownload;
import io.lexroute.gateway.ReleaseService;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.persistence.DataPackageEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The issuing authority's side of a release: the manifest of an order's packages, and each package's bytes. Only the
 * authority that submitted the order may read them.
 */
@Path("/api/v1/orders/{orderId}/packages")
public class PackageResource {

    private final ReleaseService service;
    private final AccessPolicy access;
    private final GatewayConfig config;

    public PackageResource(ReleaseService service, AccessPolicy access, GatewayConfig config) {
        this.service = service;
        this.access = access;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORITY)
    public ManifestView manifest(@PathParam("orderId") String orderId) {
        UUID id = RequestParameters.uuid(orderId, "orderId");
        access.requireSubmitter(id);
        return ManifestView.of(service.packagesOf(id), Instant.now(), config.publicUrl());
    }

    /**
     * The package's bytes, streamed from the store after checking them against the SHA-256 recorded on arrival.
     * Always an attachment of type application/octet-stream: the provider's declared type is in the manifest, and is
     * not trusted to be rendered.
     */
    @GET
    @Path("{packageId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The package's bytes as the provider uploaded them",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed(Roles.AUTHORITY)
    public Response download(@PathParam("orderId") String orderId, @PathParam("packageId") String packageId) {
        UUID order = RequestParameters.uuid(orderId, "orderId");
        UUID pkg = RequestParameters.uuid(packageId, "packageId");
        access.requireSubmitter(order);
        PackageDownload download = service.download(order, pkg, access.actor());
        // Streamed whole, never in ranges: Quarkus 3.33's file body answers a Range request with the slice under
        // status 200, which a client would store as the package, and the digests describe the whole file.
        StreamingOutput body = out -> Files.copy(download.file(), out);
        return describing(Response.ok(body, MediaType.APPLICATION_OCTET_STREAM_TYPE), download.metadata()).build();
    }

    /**
     * What a download would answer, without the bytes: the headers, or the same 500 when the stored bytes no longer
     * match. Its own method because JAX-RS would otherwise answer HEAD by running the download, which records a
     * hand-over in the chain of custody and the audit log that never happened.
     */
    @HEAD
    @Path("{packageId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @APIResponse(responseCode = "200", description = "The headers the download would carry (size, name, SHA-256);"
            + " as for every HEAD, no body",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed(Roles.AUTHORITY)
    public Response describe(@PathParam("orderId") String orderId, @PathParam("packageId") String packageId) {
        UUID order = RequestParameters.uuid(orderId, "orderId");
        UUID pkg = RequestParameters.uuid(packageId, "packageId");
        access.requireSubmitter(order);
        DataPackageEntity metadata = service.checked(order, pkg).metadata();
        return describing(Response.ok().type(MediaType.APPLICATION_OCTET_STREAM_TYPE), metadata)
                .header(HttpHeaders.CONTENT_LENGTH, metadata.sizeBytes)
                .build();
    }

    private static Response.ResponseBuilder describing(Response.ResponseBuilder response, DataPackageEntity pkg) {
        return response
                .header("Accept-Ranges", "none")
                .header(HttpHeaders.CONTENT_DISPOSITION, PackageNames.attachment(pkg.name))
                .header(DigestHeaders.HEX, pkg.sha256)
                .header(DigestHeaders.DIGEST, DigestHeaders.digest(pkg.sha256))
                .header(DigestHeaders.REPR_DIGEST, DigestHeaders.reprDigest(pkg.sha256))
                .header("X-Content-Type-Options", "nosniff");
    }
}
