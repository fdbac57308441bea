package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.ListPage;
import io.lexroute.gateway.PackageUpload;
import io.lexroute.gateway.ReleaseService;
import io.lexroute.gateway.TaskPageRequest;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.ReleaseTaskStatus;
import io.lexroute.gateway.persistence.DataPackageEntity;
import io.lexroute.gateway.persistence.ReleaseTaskEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A provider's release tasks: list them, upload the package of one, or report its data as not found. Only the
 * provider's own integration, and only for its own tasks: another provider's task is answered like a task that does
 * not exist (403).
 */
@Path("/api/v1/providers/{provider}/release-tasks")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderTaskResource {

    static final String PACKAGE_NAME_HEADER = "X-Package-Name";
    static final String SHA256_HEADER = DigestHeaders.HEX;
    /** The status filter of both of a provider's task lists, release and preservation. */
    static final String STATUS_FILTER_DESCRIPTION = "Only the tasks in these statuses, the parameter repeated or the "
            + "statuses separated by commas; every task when absent.";
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final ReleaseService service;
    private final AccessPolicy access;
    private final GatewayConfig config;

    public ProviderTaskResource(ReleaseService service, AccessPolicy access, GatewayConfig config) {
        this.service = service;
        this.access = access;
        this.config = config;
    }

    /**
     * The provider's tasks, oldest first, a page at a time ({@code size} at most
     * {@code lexroute.gateway.provider-task-page-size}, which is also the default), with a {@code Link} to the next
     * page, the tasks {@code after} the page's last one, while there is one ({@code page}, zero-based, for clients
     * that count pages); {@code status=OPEN} for those still waiting for it.
     */
    @GET
    @RolesAllowed(Roles.PROVIDER)
    @APIResponse(responseCode = "200", description = "One page of the provider's tasks; a Link header names the next "
            + "page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReleaseTaskView.class)))
    public Response tasks(@PathParam("provider") String provider,
            @Parameter(description = STATUS_FILTER_DESCRIPTION,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReleaseTaskStatus.class))
            @QueryParam("status") List<String> statuses,
            @Parameter(description = Paging.AFTER_DESCRIPTION) @QueryParam(Paging.AFTER) String after,
            @Parameter(description = Paging.TASK_PAGE_DESCRIPTION) @QueryParam(Paging.PAGE) String page,
            @Parameter(description = Paging.SIZE_DESCRIPTION) @QueryParam(Paging.SIZE) String size,
            @Context UriInfo uri) {
        access.requireProvider(provider);
        TaskPageRequest requested = Paging.requestedTasks(after, page, size, config.providerTaskPageSize());
        ListPage<ReleaseTaskEntity> tasks = service.tasksOf(provider,
                RequestParameters.enumSet(statuses, ReleaseTaskStatus.class, "status"), requested);
        Map<UUID, DataPackageEntity> waiting = service.waitingPackagesOf(tasks.items());
        Instant now = Instant.now();
        return Paging.answerTasks(tasks, task -> ReleaseTaskView.of(task, waiting.get(task.id),
                config.holdReleaseGrace(), now, config.publicUrl()), uri, config.publicUrl());
    }

    /**
     * The data package of an open task, streamed: any content type, named by {@code X-Package-Name} or the
     * Content-Disposition filename, optionally with {@code X-Content-SHA256} for the gateway to check.
     */
    @PUT
    @Path("{taskId}/package")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROVIDER)
    @APIResponse(responseCode = "201", description = "The package was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PackageView.class)))
    public Response upload(@PathParam("provider") String provider, @PathParam("taskId") String taskId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            @HeaderParam("Content-Disposition") String contentDisposition,
            @HeaderParam(PACKAGE_NAME_HEADER) String packageName,
            @HeaderParam(SHA256_HEADER) String declaredSha256,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        UUID id = RequestParameters.uuid(taskId, "taskId");
        access.requireOwnTask(provider, id);
        if (declaredSha256 != null && !HEX_SHA256.matcher(declaredSha256.strip()).matches()) {
            throw new InvalidRequestException(SHA256_HEADER, "must be a SHA-256 as 64 hexadecimal digits");
        }
        String name = PackageNames.fromHeaders(packageName, contentDisposition, "package-" + id);
        String type = contentType == null || contentType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : contentType;
        DataPackageEntity pkg = service.upload(provider, id, new PackageUpload(name, type, contentLength,
                declaredSha256 == null ? null : declaredSha256.strip(), RequestParameters.taskRevision(ifMatch), body),
                access.actor());
        PackageView view = PackageView.of(pkg, null, config.publicUrl());
        // A package held for the notified State's window has no address the authority may use yet.
        Response.ResponseBuilder created = view.download() == null
                ? Response.status(Response.Status.CREATED) : Response.created(URI.create(view.download()));
        return created.entity(view)
                .header(DigestHeaders.HEX, pkg.sha256)
                .build();
    }

    /** The provider searched and holds none of the task's data: the outcome becomes a refusal (DATA_NOT_HELD). */
    @POST
    @Path("{taskId}/not-found")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVIDER)
    public RevisionView notFound(@PathParam("provider") String provider, @PathParam("taskId") String taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid NotFoundReport report) {
        UUID id = RequestParameters.uuid(taskId, "taskId");
        access.requireOwnTask(provider, id);
        return RevisionView.of(service.reportNotFound(provider, id, report == null ? null : report.note(),
                RequestParameters.taskRevision(ifMatch), access.actor()));
    }
}
