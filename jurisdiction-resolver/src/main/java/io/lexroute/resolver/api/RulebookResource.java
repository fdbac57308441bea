package io.lexroute.resolver.api;

import io.lexroute.resolver.service.AssessmentService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/rulebook")
@Produces(MediaType.APPLICATION_JSON)
public class RulebookResource {

    private final AssessmentService assessments;

    public RulebookResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    public RulebookView rulebook() {
        return RuleViews.of(assessments.rulebook());
    }
}
