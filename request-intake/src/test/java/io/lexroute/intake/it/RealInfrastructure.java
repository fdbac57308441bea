package io.lexroute.intake.it;

import io.lexroute.testsupport.LocalInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every Quarkus test of this module runs against a real Kafka and a real PostgreSQL. */
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
