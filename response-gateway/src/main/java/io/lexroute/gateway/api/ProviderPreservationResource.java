package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.ListPage;
import io.lexroute.gateway.PreservationService;
import io.lexroute.gateway.TaskPageRequest;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.PreservationTaskStatus;
import io.lexroute.gateway.persistence.PreservationTaskEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A provider's preservation tasks (European Preservation Orders): list them, confirm that it keeps a task's data, or
 * report that it holds none. Only the provider's own integration, and only for its own tasks: another provider's task
 * is answered like a task that does not exist (403).
 */
@Path("/api/v1/providers/{provider}/preservation-tasks")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderPreservationResource {

    private final PreservationService service;
    private final AccessPolicy access;
    private final GatewayConfig config;

    public ProviderPreservationResource(PreservationService service, AccessPolicy access, GatewayConfig config) {
        this.service = service;
        this.access = access;
        this.config = config;
    }

    /**
     * The provider's tasks, oldest first, a page at a time ({@code size} at most
     * {@code lexroute.gateway.provider-task-page-size}, which is also the default), with a {@code Link} to the next
     * page, the tasks {@code after} the page's last one, while there is one ({@code page}, zero-based, for clients
     * that count pages); {@code status=OPEN} for those it has not confirmed.
     */
    @GET
    @RolesAllowed(Roles.PROVIDER)
    @APIResponse(responseCode = "200", description = "One page of the provider's tasks; a Link header names the next "
            + "page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PreservationTaskView.class)))
    public Response tasks(@PathParam("provider") String provider,
            @Parameter(description = ProviderTaskResource.STATUS_FILTER_DESCRIPTION,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PreservationTaskStatus.class))
            @QueryParam("status") List<String> statuses,
            @Parameter(description = Paging.AFTER_DESCRIPTION) @QueryParam(Paging.AFTER) String after,
            @Parameter(description = Paging.TASK_PAGE_DESCRIPTION) @QueryParam(Paging.PAGE) String page,
            @Parameter(description = Paging.SIZE_DESCRIPTION) @QueryParam(Paging.SIZE) String size,
            @Context UriInfo uri) {
        access.requireProvider(provider);
        TaskPageRequest requested = Paging.requestedTasks(after, page, size, config.providerTaskPageSize());
        ListPage<PreservationTaskEntity> tasks = service.tasksOf(provider,
                RequestParameters.enumSet(statuses, PreservationTaskStatus.class, "status"), requested);
        Instant now = Instant.now();
        return Paging.answerTasks(tasks, task -> PreservationTaskView.of(task, now, config.publicUrl()), uri,
                config.publicUrl());
    }

    /**
     * The provider keeps the task's data, without disclosing it, until {@code preserveUntil}. No body. Confirming a
     * task again answers it as it is.
     */
    @POST
    @Path("{taskId}/confirmation")
    @RolesAllowed(Roles.PROVIDER)
    public PreservationTaskView confirm(@PathParam("provider") String provider, @PathParam("taskId") String taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID id = RequestParameters.uuid(taskId, "taskId");
        access.requireOwnPreservationTask(provider, id);
        return PreservationTaskView.of(service.confirm(provider, id, RequestParameters.taskRevision(ifMatch),
                access.actor()), Instant.now(), config.publicUrl());
    }

    /** The provider searched and holds none of the task's data: the outcome becomes a refusal (DATA_NOT_HELD). */
    @POST
    @Path("{taskId}/not-found")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVIDER)
    public RevisionView notFound(@PathParam("provider") String provider, @PathParam("taskId") String taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid NotFoundReport report) {
        UUID id = RequestParameters.uuid(taskId, "taskId");
        access.requireOwnPreservationTask(provider, id);
        return RevisionView.of(service.reportNotFound(provider, id, report == null ? null : report.note(),
                RequestParameters.taskRevision(ifMatch), access.actor()));
    }
}
