package io.lexroute.gateway.ops;

import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.ServiceOperationsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

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
}
