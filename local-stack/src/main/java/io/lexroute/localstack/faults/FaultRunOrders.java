package io.lexroute.localstack.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexroute.localstack.demo.ExampleCase;
import java.util.List;

/**
 * The orders of one fault run: the example cases in turn, each order with its own external reference and
 * Idempotency-Key, both carrying the run's id, so that the run's orders can be told apart in the databases.
 */
final class FaultRunOrders {

    private final String runId;
    private final List<ExampleCase> cases;

    FaultRunOrders(String runId) {
        this.runId = runId;
        this.cases = ExampleCase.ALL.stream().map(ExampleCase::load).toList();
    }

    List<ExampleCase> cases() {
        return cases;
    }

    /** What every Idempotency-Key of this run starts with. */
    String idempotencyKeyPrefix() {
        return "fault-run-" + runId + "-";
    }

    String idempotencyKey(int index) {
        return idempotencyKeyPrefix() + index;
    }

    ExampleCase exampleCase(int index) {
        return cases.get(index % cases.size());
    }

    JsonNode body(int index) {
        ExampleCase exampleCase = exampleCase(index);
        ObjectNode order = exampleCase.order().deepCopy();
        order.put("externalReference", exampleCase.externalReference() + "-FR-" + runId + "-" + index);
        return order;
    }
}
