package io.lexroute.resolver.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.testsupport.LocalInfrastructureResource;
import io.lexroute.testsupport.MetricsScrape;
import io.lexroute.testsupport.ServiceOperationsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LocalInfrastructureResource.class, restrictToAnnotatedClass = false)
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String serviceName() {
        return "jurisdiction-resolver";
    }

    @Override
    protected String aDocumentedPath() {
        return "/api/v1/rulebook";
    }

    @Test
    void exportsTheKafkaConsumersLag() throws InterruptedException {
        // The Kafka binder registers a client's meters once the client reports them, shortly after it starts.
        Instant deadline = Instant.now().plusSeconds(60);
        String metrics = "";
        while (Instant.now().isBefore(deadline) && !metrics.contains("kafka_consumer_fetch_manager_records_lag_max")) {
            Thread.sleep(500);
            metrics = MetricsScrape.text();
        }
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
    }
}
