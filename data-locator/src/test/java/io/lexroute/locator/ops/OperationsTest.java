package io.lexroute.locator.ops;

import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.ServiceOperationsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String serviceName() {
        return "data-locator";
    }

    @Override
    protected String aDocumentedPath() {
        return "/api/v1/providers/{provider}/accounts";
    }
}
