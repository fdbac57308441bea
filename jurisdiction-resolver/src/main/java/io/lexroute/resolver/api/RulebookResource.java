package io.lexroute.resolver.api;

import io.lexroute.access.AccessProblem;
import io.lexroute.access.Roles;
import io.lexroute.resolver.service.AssessmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The rulebook in force, for legal reviewers and operators. */
@Path("/api/v1/rulebook")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No bearer token, or one that is invalid or expired",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
@APIResponse(responseCode = "403", description = "Neither a legal reviewer nor an operator",
        content = @Content(mediaType = AccessProblem.MEDIA_TYPE,
                schema = @Schema(implementation = AccessProblem.class)))
public class RulebookResource {

    private final AssessmentService assessments;

    public RulebookResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.OPERATOR})
    @APIResponse(responseCode = "200", description = "The rulebook in force: version, sources and every rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RulebookView.class)))
    public RulebookView rulebook() {
        return RuleViews.of(assessments.rulebook());
    }
}
