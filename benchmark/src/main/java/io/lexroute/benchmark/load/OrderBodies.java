package io.lexroute.benchmark.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.localstack.demo.ExampleCase;
import java.io.UncheckedIOException;
import java.util.List;

/** The endless stream of orders: the six example cases' order bodies, one after the other, over and over. */
public final class OrderBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ExampleCase> cases;
    private final List<byte[]> bodies;

    private OrderBodies(List<ExampleCase> cases) {
        this.cases = cases;
        this.bodies = cases.stream().map(OrderBodies::serialize).toList();
    }

    public static OrderBodies exampleCases() {
        return new OrderBodies(ExampleCase.ALL.stream().map(ExampleCase::load).toList());
    }

    /** The cases whose catalog entries must be in data-locator before their orders are decided as expected. */
    public List<ExampleCase> cases() {
        return cases;
    }

    /** The JSON body of the {@code sequence}-th order of the stream. */
    public byte[] body(long sequence) {
        return bodies.get((int) (sequence % bodies.size()));
    }

    /** Every distinct body, as the raw relay's first hop consumes them. */
    public List<byte[]> all() {
        return bodies;
    }

    private static byte[] serialize(ExampleCase exampleCase) {
        try {
            return JSON.writeValueAsBytes(exampleCase.order());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
