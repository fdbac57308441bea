package io.lexroute.gateway.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/**
 * The details of an audit entry as canonical JSON: object keys sorted, no white space, values only strings,
 * numbers, booleans, null, lists and maps, so that the same details always give the same text, and so the same hash.
 */
public final class AuditDetails {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private AuditDetails() {
    }

    public static String canonical(Map<String, ?> details) {
        try {
            return CANONICAL.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain JSON values: " + details, e);
        }
    }
}
