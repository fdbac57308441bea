package io.lexroute.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every field at fault in an {@link Order}, a record with a primitive component ({@code emergency}): request-intake's
 * tests cover its own request records, which have none.
 */
class JsonTypeErrorsTest {

    private static final ObjectMapper JSON = JsonTypeErrors.apply(StrictContractJson.apply(new ObjectMapper()));

    private static final String ORDER = """
            {"externalReference": "DE-STA-2026-4711", "issuedAt": "2026-10-01",
             "issuingAuthority": {"country": "DE", "type": "PUBLIC_PROSECUTOR", "name": "StA Koeln", "validatedBy": null},
             "instrument": "EPOC", "legalBasis": [], "provider": "microsoft",
             "targets": [{"type": "EMAIL", "value": "kunde@outlook.example"}], "dataCategories": ["SUBSCRIBER"],
             "timeRange": {"from": "2016-01-01T00:00:00Z", "to": "2026-10-01T00:00:00Z"},
             "offence": {"description": "see case file", "maxCustodialSentenceMonths": 60, "categories": []},
             "subject": {"residenceCountry": "DE"}, "emergency": false}
            """;

    @Test
    void theOrderReads() throws Exception {
        assertThat(JSON.readValue(ORDER, Order.class).emergency()).isFalse();
    }

    @Test
    void namesEveryFieldOfTheWrongType() throws Exception {
        ObjectNode order = order();
        order.put("emergency", "yes");
        ((ObjectNode) order.get("offence")).put("maxCustodialSentenceMonths", "ten");

        assertThat(fieldsAtFault(order)).containsExactly("emergency", "offence.maxCustodialSentenceMonths");
    }

    /** Read alone, the unknown field would first be refused for the emergency flag it lacks. */
    @Test
    void namesAnUnknownFieldAsUnknownBesideAFieldOfTheWrongType() throws Exception {
        ObjectNode order = order();
        order.put("colour", "red");
        order.put("instrument", "TELEPATHIC_REQUEST");

        List<JsonProcessingException> failures = failures(order);

        assertThat(failures).extracting(JsonTypeErrorsTest::fieldOf).containsExactlyInAnyOrder("colour", "instrument");
        assertThat(failures).filteredOn(failure -> fieldOf(failure).equals("colour"))
                .singleElement().isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void namesALeftOutPrimitiveBesideAFieldOfTheWrongType() throws Exception {
        ObjectNode order = order();
        order.remove("emergency");
        order.put("instrument", "TELEPATHIC_REQUEST");

        assertThat(fieldsAtFault(order)).containsExactly("emergency", "instrument");
    }

    @Test
    void aLeftOutPrimitiveAloneIsReportedAsBefore() throws Exception {
        ObjectNode order = order();
        order.remove("emergency");

        assertThat(failures(order)).singleElement()
                .isNotInstanceOf(JsonTypeErrors.class)
                .extracting(JsonTypeErrorsTest::fieldOf).isEqualTo("emergency");
    }

    private static ObjectNode order() throws Exception {
        return (ObjectNode) JSON.readTree(ORDER);
    }

    private static List<String> fieldsAtFault(ObjectNode order) throws Exception {
        return failures(order).stream().map(JsonTypeErrorsTest::fieldOf).sorted().toList();
    }

    private static List<JsonProcessingException> failures(ObjectNode order) throws Exception {
        String body = JSON.writeValueAsString(order);
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(body, Order.class));
        assertThat(failure).as("Jackson refuses the order").isNotNull();
        return failure instanceof JsonTypeErrors errors ? errors.failures() : List.of(failure);
    }

    private static String fieldOf(JsonProcessingException failure) {
        return StrictContractJson.fieldOf((JsonMappingException) failure);
    }
}
