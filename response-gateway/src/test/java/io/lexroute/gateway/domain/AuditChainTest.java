package io.lexroute.gateway.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final UUID ORDER = UUID.fromString("6f1c2b9e-3a55-4c1e-9d0a-2f4b5c6d7e8f");
    private static final Instant AT = Instant.parse("2026-11-02T10:15:30.123456789Z");

    @Test
    void theHashIsSha256OfTheDocumentedEncoding() throws Exception {
        AuditEntry first = AuditChain.next(null, AT, "response-gateway", "DECISION_REVISED", ORDER, "{\"a\":1}");

        String encoding = "64:" + "0".repeat(64) + "\n"
                + "1:1\n"
                + "27:2026-11-02T10:15:30.123456Z\n"
                + "16:response-gateway\n"
                + "16:DECISION_REVISED\n"
                + "36:6f1c2b9e-3a55-4c1e-9d0a-2f4b5c6d7e8f\n"
                + "7:{\"a\":1}\n";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoding.getBytes(UTF_8)));
        assertThat(first.hash()).isEqualTo(expected);
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(first.at()).isEqualTo(Instant.parse("2026-11-02T10:15:30.123456Z"));
    }

    @Test
    void eachEntryIsChainedToTheOneBefore() {
        AuditEntry first = AuditChain.next(null, AT, "a", "X", ORDER, "{}");
        AuditEntry second = AuditChain.next(first, AT.plusSeconds(1), "b", "Y", null, "{}");

        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(AuditChain.hashOf(second)).isEqualTo(second.hash());
    }

    @Test
    void fieldBoundariesAbsentFieldsAndEveryFieldChangeTheHash() {
        AuditEntry base = AuditChain.next(null, AT, "ab", "c", ORDER, "{}");

        List<AuditEntry> variants = List.of(
                AuditChain.next(null, AT, "a", "bc", ORDER, "{}"),
                AuditChain.next(null, AT, "ab", "c", null, "{}"),
                AuditChain.next(null, AT.plusNanos(1000), "ab", "c", ORDER, "{}"),
                AuditChain.next(null, AT, "ab", "c", ORDER, "{ }"),
                AuditChain.next(base, AT, "ab", "c", ORDER, "{}"));

        assertThat(variants).extracting(AuditEntry::hash).doesNotContain(base.hash()).doesNotHaveDuplicates();
        // Sub-microsecond differences are not stored, so they do not count.
        assertThat(AuditChain.next(null, AT.plusNanos(1), "ab", "c", ORDER, "{}").hash()).isEqualTo(base.hash());
    }

    @Test
    void lengthsAreCountedInUtf8Bytes() throws Exception {
        AuditEntry entry = AuditChain.next(null, Instant.parse("2026-01-01T00:00:00Z"), "Zoë", "X", null, "{}");

        String encoding = "64:" + "0".repeat(64) + "\n1:1\n27:2026-01-01T00:00:00.000000Z\n4:Zoë\n1:X\n-\n2:{}\n";
        assertThat(entry.hash()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoding.getBytes(UTF_8))));
    }

    @Test
    void detailsAreCanonicalJsonWithSortedKeys() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", null);
        inner.put("b", List.of("x", 2));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", 3);
        details.put("outcomes", List.of(inner));
        details.put("cause", "hold-timer:1");

        assertThat(AuditDetails.canonical(details))
                .isEqualTo("{\"cause\":\"hold-timer:1\",\"outcomes\":[{\"b\":[\"x\",2],\"z\":null}],\"revision\":3}");
    }
}
