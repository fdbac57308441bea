package io.lexroute.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.gateway.support.ProviderTasks;
import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.ServiceOperationsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String serviceName() {
        return "response-gateway";
    }

    @Override
    protected String aDocumentedPath() {
        return "/api/v1/decisions/{orderId}";
    }

    @Test
    void bothProviderTaskListsDocumentTheirPagingAndStatusFilter() throws IOException {
        JsonNode paths = openApi().path("paths");
        for (String list : List.of(ProviderTasks.TASKS, ProviderTasks.PRESERVATION_TASKS)) {
            JsonNode parameters = paths.path(list).path("get").path("parameters");
            for (String name : List.of("after", "page", "size", "status")) {
                assertThat(parameters).as(list + " " + name).anySatisfy(parameter -> {
                    assertThat(parameter.path("name").asText()).isEqualTo(name);
                    assertThat(parameter.path("in").asText()).isEqualTo("query");
                    assertThat(parameter.path("description").asText()).isNotBlank();
                });
            }
        }
    }
}
