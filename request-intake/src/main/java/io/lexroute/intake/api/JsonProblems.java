package io.lexroute.intake.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lexroute.contracts.JsonTypeErrors;
import io.lexroute.contracts.StrictContractJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns Jackson's complaints about a request body into a violation naming the JSON field at fault. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** One violation for each field at fault: several when the body had several ({@link JsonTypeErrors}). */
    static List<Violation> violationsOf(JsonProcessingException failure) {
        if (failure instanceof JsonTypeErrors errors) {
            return errors.failures().stream()
                    .map(JsonProblems::violationOf)
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                    .toList();
        }
        return List.of(violationOf(failure));
    }

    static Violation violationOf(JsonProcessingException failure) {
        if (failure instanceof DatabindException databind && failure instanceof JsonMappingException mapping) {
            // Broken JSON inside an object arrives wrapped in a mapping exception that knows only part of the path.
            if (mapping.getCause() instanceof JsonProcessingException broken
                    && !(broken instanceof DatabindException)) {
                String where = parsePath(broken);
                return new Violation(where.equals(ViolationFields.BODY) ? pathOf(mapping) : where,
                        "is not valid JSON: " + broken.getOriginalMessage());
            }
            return new Violation(pathOf(mapping), messageOf(databind));
        }
        if (failure instanceof StreamConstraintsException) {
            return new Violation(ViolationFields.BODY, "exceeds the JSON limits (nesting, number or string length)");
        }
        return new Violation(parsePath(failure), "is not valid JSON: " + failure.getOriginalMessage());
    }

    private static String messageOf(DatabindException failure) {
        if (failure instanceof UnrecognizedPropertyException) {
            return "is not a field of this object";
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String expected = expected(mismatch.getTargetType());
            if (expected != null) {
                return failure instanceof InvalidFormatException invalid && invalid.getValue() != null
                        ? expected + ", not " + shorten(String.valueOf(invalid.getValue()))
                        : expected;
            }
        }
        return "has the wrong JSON type";
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2017-12-01";
        }
        if (type == Instant.class) {
            return "must be a UTC time such as 2017-06-01T00:00:00Z";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (type.isRecord()) {
            return "must be an object";
        }
        return null;
    }

    private static String pathOf(JsonMappingException failure) {
        return orBody(StrictContractJson.fieldOf(failure));
    }

    /** Where the parser was when the text stopped being JSON: the field being read, or the body itself. */
    private static String parsePath(JsonProcessingException failure) {
        return orBody(StrictContractJson.fieldBeingParsed(failure));
    }

    private static String orBody(String field) {
        return field.isEmpty() ? ViolationFields.BODY : field;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
