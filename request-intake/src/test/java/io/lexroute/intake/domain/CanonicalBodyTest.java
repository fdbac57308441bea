package io.lexroute.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import io.lexroute.contracts.TargetType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalBodyTest {

    static Order order(String targetValue, List<DataCategory> categories, Instant from) {
        return new Order("BE-EXAMPLE-0001", LocalDate.of(2017, 12, 1),
                new Order.IssuingAuthority("BE", AuthorityType.INVESTIGATING_JUDGE, "Investigating judge, Antwerp",
                        null),
                Instrument.NATIONAL_ORDER, List.of("BE-CCP-88bis"), "skype",
                List.of(new Order.Target(TargetType.ACCOUNT_ID, targetValue)), categories,
                new Order.TimeRange(from, Instant.parse("2017-11-30T00:00:00Z")),
                new Order.Offence("criminal organisation, fraud", 120, List.of()), new Order.Subject("BE"), false,
                "be-antwerp-court");
    }

    private static final Instant FROM = Instant.parse("2017-06-01T00:00:00Z");

    @Test
    void sameOrderSameHash() {
        String first = CanonicalBody.sha256(order("live:suspect", List.of(DataCategory.TRAFFIC), FROM));
        String second = CanonicalBody.sha256(order("live:suspect", List.of(DataCategory.TRAFFIC), FROM));

        assertThat(first).isEqualTo(second).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameInstantWrittenWithAnOffsetIsTheSameOrder() {
        Instant sameMoment = OffsetDateTime.parse("2017-06-01T02:00:00+02:00").toInstant();

        assertThat(CanonicalBody.sha256(order("live:suspect", List.of(DataCategory.TRAFFIC), sameMoment)))
                .isEqualTo(CanonicalBody.sha256(order("live:suspect", List.of(DataCategory.TRAFFIC), FROM)));
    }

    @Test
    void anyValueChangesTheHash() {
        String original = CanonicalBody.sha256(order("live:suspect", List.of(DataCategory.TRAFFIC), FROM));

        assertThat(CanonicalBody.sha256(order("live:other", List.of(DataCategory.TRAFFIC), FROM)))
                .isNotEqualTo(original);
        assertThat(CanonicalBody.sha256(order("live:suspect", List.of(DataCategory.CONTENT), FROM)))
                .isNotEqualTo(original);
        assertThat(CanonicalBody.sha256(order("live:suspect", List.of(DataCategory.TRAFFIC),
                FROM.plusSeconds(1)))).isNotEqualTo(original);
    }

    @Test
    void canonicalJsonHasSortedKeysNoWhitespaceAndUtcTimes() {
        String json = new String(CanonicalBody.canonicalJson(
                order("live:suspect", List.of(DataCategory.TRAFFIC), FROM)), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"dataCategories\":[\"TRAFFIC\"],\"emergency\":false,"
                + "\"externalReference\":\"BE-EXAMPLE-0001\",\"instrument\":\"NATIONAL_ORDER\","
                + "\"issuedAt\":\"2017-12-01\",\"issuingAuthority\":{"
                + "\"country\":\"BE\",\"name\":");
        assertThat(json).contains("\"timeRange\":{\"from\":\"2017-06-01T00:00:00Z\",\"to\":\"2017-11-30T00:00:00Z\"}");
        assertThat(json).doesNotContain(" :", ": ", "\n");
    }

    @Test
    void anOffencePlaceNotStatedLeavesTheCanonicalFormAsItWasAndAStatedOneChangesIt() {
        Order silent = order("live:suspect", List.of(DataCategory.TRAFFIC), FROM);
        String json = new String(CanonicalBody.canonicalJson(silent), StandardCharsets.UTF_8);
        Order.Offence offence = silent.offence();
        Order stated = new Order(silent.externalReference(), silent.issuedAt(), silent.issuingAuthority(),
                silent.instrument(), silent.legalBasis(), silent.provider(), silent.targets(), silent.dataCategories(),
                silent.timeRange(), new Order.Offence(offence.description(), offence.maxCustodialSentenceMonths(),
                        offence.categories(), true), silent.subject(), silent.emergency(), silent.submittedBy());

        // Orders stored before the field existed keep their fingerprint, so their retries are still the same order.
        assertThat(json).contains("\"offence\":{\"categories\":[],\"description\":\"criminal organisation, fraud\","
                + "\"maxCustodialSentenceMonths\":120}");
        assertThat(CanonicalBody.sha256(stated)).isNotEqualTo(CanonicalBody.sha256(silent));
    }
}
