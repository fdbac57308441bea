package io.lexroute.gateway.api;

import io.lexroute.access.Roles;
import io.lexroute.gateway.PreservationService;
import io.lexroute.gateway.config.GatewayConfig;
import io.lexroute.gateway.domain.PreservationTaskStatus;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    /** The provider's tasks, oldest first; {@code status=OPEN} for those it has not confirmed. */
    @GET
    @RolesAllowed(Roles.PROVIDER)
    public List<PreservationTaskView> tasks(@PathParam("provider") String provider,
            @QueryParam("status") String status) {
        access.requireProvider(provider);
        Instant now = Instant.now();
        return service.tasksOf(provider,
                        RequestParameters.optionalEnum(status, PreservationTaskStatus.class, "status"))
                .stream().map(task -> PreservationTaskView.of(task, now, config.publicUrl())).toList();
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
