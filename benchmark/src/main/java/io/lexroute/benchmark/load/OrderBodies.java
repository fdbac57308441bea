package io.lexroute.benchmark.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.demo.OrderClient;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The endless stream of orders: the six example cases' order bodies, one after the other, over and over, each sent
 * by an authority of the State that issued it (as {@link OrderClient} submits it).
 */
public final class OrderBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ExampleCase> cases;
    private final List<OrderBody> bodies;

    private OrderBodies(List<ExampleCase> cases) {
        this.cases = cases;
        this.bodies = cases.stream()
                .map(c -> new OrderBody(serialize(c), OrderClient.authorityToken(c.order())))
                .toList();
    }

    public static OrderBodies exampleCases() {
        return new OrderBodies(ExampleCase.ALL.stream().map(ExampleCase::load).toList());
    }

    /** The cases whose catalog entries must be in data-locator before their orders are decided as expected. */
    public List<ExampleCase> cases() {
        return cases;
    }

    /** The {@code sequence}-th order of the stream. */
    public OrderBody body(long sequence) {
        return bodies.get((int) (sequence % bodies.size()));
    }

    /** Every distinct JSON body, as the raw relay's first hop consumes them. */
    public List<byte[]> all() {
        return bodies.stream().map(OrderBody::json).toList();
    }

    private static byte[] serialize(ExampleCase exampleCase) {
        try {
            return JSON.writeValueAsBytes(exampleCase.order());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
