package io.lexroute.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lexroute.intake.ValidOrders;
import io.lexroute.contracts.JsonTypeErrors;
import io.lexroute.intake.config.StrictJson;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jackson's complaints under the strict mapping, turned into the field at fault, without Quarkus. */
class JsonProblemsTest {

    private static final ObjectMapper JSON = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field | "provider": "skype", | "provider": "skype", "colour": "red", | colour
            unknown nested field | "residenceCountry": "BE" | "residenceCountry": "BE", "x": 1 | subject.x
            enum value | "NATIONAL_ORDER" | "NATIONAL_ORDR" | instrument
            enum as number | "NATIONAL_ORDER" | 0 | instrument
            lower-case enum | "INVESTIGATING_JUDGE" | "investigating_judge" | issuingAuthority.type
            date format | "2017-12-01" | "01/12/2017" | issuedAt
            time format | "2017-06-01T00:00:00Z" | "June 2017" | timeRange.from
            time as number | "2017-06-01T00:00:00Z" | 1496275200 | timeRange.from
            date as array | "2017-12-01" | [2017, 12, 1] | issuedAt
            date as empty array | "2017-12-01" | [] | issuedAt
            date with spaces | "2017-12-01" | " 2017-12-01 " | issuedAt
            time as array | "2017-06-01T00:00:00Z" | [2017, 6, 1, 0, 0] | timeRange.from
            string as number | "skype" | 42 | provider
            boolean as string | "emergency": false | "emergency": "false" | emergency
            integer as string | 120 | "120" | offence.maxCustodialSentenceMonths
            integer as decimal | 120 | 120.5 | offence.maxCustodialSentenceMonths
            integer out of range | 120 | 99999999999999999999 | offence.maxCustodialSentenceMonths
            object as string | { "residenceCountry": "BE" } | "BE" | subject
            array as object | ["BE-CCP-88bis"] | "BE-CCP-88bis" | legalBasis
            indexed element type | "TRAFFIC" | 7 | dataCategories[1]
            duplicate key | "provider": "skype", | "provider": "skype", "provider": "msft", | provider
            """)
    void namesTheFieldAtFault(String name, String original, String replacement, String field) {
        String body = ValidOrders.BELGIAN_SKYPE_ORDER.replaceFirst(Pattern.quote(original.strip()),
                Matcher.quoteReplacement(replacement.strip()));
        assertThat(body).as("the test changes the body").isNotEqualTo(ValidOrders.BELGIAN_SKYPE_ORDER);

        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(body, OrderRequest.class));

        assertThat(failure).as("Jackson refuses: " + name).isNotNull();
        assertThat(JsonProblems.violationOf(failure).field()).isEqualTo(field);
    }

    @Test
    void namesEveryFieldOfTheWrongTypeNotOnlyTheFirst() throws IOException {
        ObjectNode order = (ObjectNode) JSON.readTree(ValidOrders.BELGIAN_SKYPE_ORDER);
        order.put("emergency", "yes");
        ((ObjectNode) order.get("offence")).put("maxCustodialSentenceMonths", "ten");

        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(JSON.writeValueAsString(order), OrderRequest.class));

        assertThat(JsonProblems.violationsOf(failure)).containsExactly(
                new Violation("emergency", "must be true or false"),
                new Violation("offence.maxCustodialSentenceMonths", "must be an integer"));
    }

    @Test
    void looksForNoMoreThanFiftyFieldsAtFault() throws IOException {
        ObjectNode order = (ObjectNode) JSON.readTree(ValidOrders.BELGIAN_SKYPE_ORDER);
        ArrayNode categories = order.putArray("dataCategories");
        for (int i = 0; i < 5_000; i++) {
            categories.add(7);
        }

        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(JSON.writeValueAsString(order), OrderRequest.class));

        assertThat(JsonProblems.violationsOf(failure)).hasSizeBetween(JsonTypeErrors.MOST, JsonTypeErrors.MOST + 2)
                .allSatisfy(violation -> assertThat(violation.field()).startsWith("dataCategories["));
    }

    @Test
    void findsTheFieldsAtFaultInsideArraysAndNestedObjectsAndTheUnknownOnes() throws IOException {
        ObjectNode order = (ObjectNode) JSON.readTree(ValidOrders.BELGIAN_SKYPE_ORDER);
        order.put("instrument", 1);
        order.put("colour", "red");
        ((ObjectNode) order.get("targets").get(0)).put("type", "FAX");
        ((ArrayNode) order.get("dataCategories")).set(1, 7);
        ((ObjectNode) order.get("timeRange")).put("to", 1496275200);
        ((ObjectNode) order.get("subject")).put("x", 1);

        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(JSON.writeValueAsString(order), OrderRequest.class));

        assertThat(JsonProblems.violationsOf(failure)).extracting(Violation::field).containsExactly(
                "colour", "dataCategories[1]", "instrument", "subject.x", "targets[0].type", "timeRange.to");
    }

    @Test
    void aSingleFieldAtFaultIsReportedAsBefore() {
        String body = ValidOrders.BELGIAN_SKYPE_ORDER.replace("\"emergency\": false", "\"emergency\": \"no\"");

        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(body, OrderRequest.class));

        assertThat(failure).isInstanceOf(MismatchedInputException.class).isNotInstanceOf(JsonTypeErrors.class);
        assertThat(JsonProblems.violationsOf(failure)).containsExactly(
                new Violation("emergency", "must be true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            truncated         | {"externalReference": "x", "issuedAt":             | issuedAt
            broken in a list  | {"targets": [{"type": }]}                           | targets[0].type
            broken deeper     | {"offence": {"description": "x", "categories": [,]}} | offence.categories[0]
            trailing garbage  | {"externalReference": "x"} trailing                 | body
            not an object     | "just a string"                                     | body
            array at root     | []                                                  | body
            single quotes     | {'externalReference': 'x'}                          | body
            """)
    void brokenJsonNamesWhereItBroke(String name, String body, String field) {
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(body, OrderRequest.class));

        assertThat(failure).as("Jackson refuses: " + name).isNotNull();
        assertThat(JsonProblems.violationOf(failure).field()).isEqualTo(field);
    }
}
