package io.lexroute.resolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The order bodies of the shared example cases, as JSON, for the Quarkus tests. */
public final class CaseOrders {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CaseOrders() {
    }

    public static ObjectNode order(String caseFile) {
        try (InputStream in = CaseOrders.class.getClassLoader().getResourceAsStream("cases/" + caseFile)) {
            return (ObjectNode) JSON.readTree(in).get("order");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
