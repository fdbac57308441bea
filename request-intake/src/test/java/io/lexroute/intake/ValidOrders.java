package io.lexroute.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The example order of order-api.md, as tests start from it and break one thing at a time. */
public final class ValidOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String BELGIAN_SKYPE_ORDER = """
            {
              "externalReference": "BE-EXAMPLE-0001",
              "issuedAt": "2017-12-01",
              "issuingAuthority": {
                "country": "BE",
                "type": "INVESTIGATING_JUDGE",
                "name": "Investigating judge, Court of First Instance, Antwerp",
                "validatedBy": null
              },
              "instrument": "NATIONAL_ORDER",
              "legalBasis": ["BE-CCP-88bis"],
              "provider": "skype",
              "targets": [{ "type": "ACCOUNT_ID", "value": "live:suspect.example" }],
              "dataCategories": ["SUBSCRIBER", "TRAFFIC", "CONTENT"],
              "timeRange": { "from": "2017-06-01T00:00:00Z", "to": "2017-11-30T00:00:00Z" },
              "offence": {
                "description": "criminal organisation, fraud",
                "maxCustodialSentenceMonths": 120,
                "categories": []
              },
              "subject": { "residenceCountry": "BE" },
              "emergency": false
            }
            """;

    private ValidOrders() {
    }

    /** A fresh, mutable copy of the example order, with its own external reference. */
    public static ObjectNode node(String externalReference) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(BELGIAN_SKYPE_ORDER);
            node.put("externalReference", externalReference);
            return node;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
