package io.lexroute.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lexroute.intake.ValidOrders;
import io.lexroute.intake.config.StrictJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bean Validation rules of the order body and the field names they report, without Quarkus. */
class OrderRequestValidationTest {

    private static final ObjectMapper JSON = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC);
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> TODAY)
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void theExampleOrderIsValid() {
        assertThat(violations(node -> { })).isEmpty();
    }

    @Test
    void optionalPartsMayBeLeftOut() {
        assertThat(violations(node -> {
            node.remove("legalBasis");
            node.remove("subject");
            ((ObjectNode) node.get("issuingAuthority")).remove("validatedBy");
            ((ObjectNode) node.get("offence")).remove("categories");
            ((ObjectNode) node.get("offence")).putNull("maxCustodialSentenceMonths");
        })).isEmpty();
    }

    @Test
    void everyRequiredFieldIsNamedWhenMissing() {
        List<Violation> found = violations(node -> {
            for (String field : List.of("externalReference", "issuedAt", "instrument", "provider", "targets",
                    "dataCategories", "timeRange", "offence", "emergency")) {
                node.remove(field);
            }
            ((ObjectNode) node.get("issuingAuthority")).removeAll();
        });

        assertThat(found).extracting(Violation::field).containsExactlyInAnyOrder("externalReference", "issuedAt",
                "instrument", "provider", "targets", "dataCategories", "timeRange", "offence", "emergency",
                "issuingAuthority.country", "issuingAuthority.type", "issuingAuthority.name");
    }

    @Test
    void namesNestedAndIndexedFields() {
        List<Violation> found = violations(node -> {
            ((ObjectNode) node.get("issuingAuthority")).put("country", "be");
            ((ObjectNode) ((ArrayNode) node.get("targets")).get(0)).put("value", " ");
            ((ArrayNode) node.get("legalBasis")).add("ok").add("bad\u0007");
            ((ObjectNode) node.get("subject")).put("residenceCountry", "XX");
            ((ObjectNode) node.get("offence")).put("maxCustodialSentenceMonths", 1201);
        });

        assertThat(found).extracting(Violation::field).containsExactlyInAnyOrder("issuingAuthority.country",
                "targets[0].value", "legalBasis[2]", "subject.residenceCountry", "offence.maxCustodialSentenceMonths");
    }

    @Test
    void checksDatesRangesListsAndProvider() {
        List<Violation> found = violations(node -> {
            node.put("issuedAt", "2026-12-24");
            ((ObjectNode) node.get("timeRange")).put("from", "2018-01-01T00:00:00Z");
            node.putArray("targets");
            ArrayNode categories = node.putArray("dataCategories");
            categories.add("TRAFFIC").add("TRAFFIC");
            node.put("provider", "Skype");
        });

        assertThat(found).extracting(Violation::field).containsExactlyInAnyOrder("issuedAt", "timeRange.to",
                "targets", "dataCategories", "provider");
        assertThat(found).filteredOn(v -> v.field().equals("issuedAt")).extracting(Violation::message)
                .containsExactly("must not be in the future");
    }

    @Test
    void onlyAJudgeCourtOrProsecutorValidatesAnOrder() {
        for (String judicial : List.of("JUDGE", "COURT", "INVESTIGATING_JUDGE", "PUBLIC_PROSECUTOR")) {
            assertThat(violations(node -> validatedBy(node, judicial))).as(judicial).isEmpty();
        }
        for (String other : List.of("POLICE", "OTHER_COMPETENT_AUTHORITY")) {
            assertThat(violations(node -> validatedBy(node, other))).as(other)
                    .containsExactly(new Violation("issuingAuthority.validatedBy.type",
                            "must be JUDGE, COURT, INVESTIGATING_JUDGE or PUBLIC_PROSECUTOR:"
                                    + " only a judge, court or prosecutor validates an order"));
        }
    }

    private static void validatedBy(ObjectNode order, String type) {
        ObjectNode authority = (ObjectNode) order.get("issuingAuthority");
        authority.put("type", "POLICE");
        authority.putObject("validatedBy").put("type", type).put("name", "Validating authority");
    }

    @Test
    void headerViolationsAreNamedAfterTheHeader() throws Exception {
        Method submit = OrderResource.class.getMethod("submit", String.class, OrderRequest.class);
        OrderRequest valid = JSON.treeToValue(ValidOrders.node("BE-1"), OrderRequest.class);

        Set<ConstraintViolation<OrderResource>> missingKey = validator.forExecutables()
                .validateParameters(new OrderResource(null, null), submit, new Object[] {null, valid});
        Set<ConstraintViolation<OrderResource>> noBody = validator.forExecutables()
                .validateParameters(new OrderResource(null, null), submit, new Object[] {"key\u0001", null});

        assertThat(missingKey).extracting(ViolationFields::of).containsExactly("Idempotency-Key");
        assertThat(noBody).extracting(ViolationFields::of).containsExactlyInAnyOrder("Idempotency-Key", "body");
    }

    @Test
    void bodyViolationsThroughTheMethodStartAtTheBodyRoot() throws Exception {
        Method submit = OrderResource.class.getMethod("submit", String.class, OrderRequest.class);
        ObjectNode node = ValidOrders.node("BE-1");
        ((ObjectNode) node.get("issuingAuthority")).put("country", "ZZ");
        OrderRequest request = JSON.treeToValue(node, OrderRequest.class);

        Set<ConstraintViolation<OrderResource>> found = validator.forExecutables()
                .validateParameters(new OrderResource(null, null), submit, new Object[] {"key-1", request});

        assertThat(found).extracting(ViolationFields::of).containsExactly("issuingAuthority.country");
    }

    private static List<Violation> violations(Consumer<ObjectNode> change) {
        ObjectNode node = ValidOrders.node("BE-1");
        change.accept(node);
        try {
            OrderRequest request = JSON.treeToValue(node, OrderRequest.class);
            return validator.validate(request).stream()
                    .map(v -> new Violation(ViolationFields.of(v), v.getMessage()))
                    .toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
