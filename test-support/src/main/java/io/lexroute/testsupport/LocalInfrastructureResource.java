package io.lexroute.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka and a real PostgreSQL:
 * <ol>
 *   <li>from {@code KAFKA_BOOTSTRAP_SERVERS} and {@code QUARKUS_DATASOURCE_JDBC_URL} (with
 *       {@code QUARKUS_DATASOURCE_USERNAME}/{@code PASSWORD}, default postgres/empty, for the connection pool, and
 *       {@code QUARKUS_FLYWAY_USERNAME}/{@code PASSWORD}, default the datasource's, for Flyway), each on its own,
 *       when set;</li>
 *   <li>else from Testcontainers when a Docker engine answers;</li>
 *   <li>else from one local stack (a child JVM running Kafka KRaft and embedded PostgreSQL) per test JVM.</li>
 * </ol>
 * The infrastructure is started once per JVM and shared by every test class; it stops when the JVM ends. The local
 * stack's and a container's PostgreSQL have an owner login, which Flyway migrates as, and a runtime login, which the
 * connection pool uses ({@code LexRouteDatabase}).
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
 * class OrderResourceTest { ... }
 * }</pre>
 * with {@code %test.quarkus.devservices.enabled=false} in application.properties, since this resource
 * supplies what Dev Services would.
 */
public class LocalInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return SharedInfrastructure.obtain().configOverrides();
    }

    @Override
    public void stop() {
        // Shared by the test classes that follow; shutdown hooks stop it with the JVM.
    }
}
