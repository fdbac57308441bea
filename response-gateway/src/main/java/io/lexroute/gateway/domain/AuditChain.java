package io.lexroute.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * How audit entries are chained. An entry's hash is the SHA-256 (lower-case hex) of this encoding, field after field
 * in this order: prev_hash, seq (decimal), at (UTC, {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}, always six fraction digits),
 * actor, action, order_id (lower-case UUID), details; each field written as its UTF-8 byte length in decimal, a
 * colon, its UTF-8 bytes and a line feed, and an absent field as a single {@code -} and a line feed. The length
 * prefix keeps any two different entries from encoding alike, whatever their text contains.
 */
public final class AuditChain {

    /** The prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The entry after {@code previous} ({@code null}: the first entry). {@code at} is kept to the microsecond. */
    public static AuditEntry next(AuditEntry previous, Instant at, String actor, String action, UUID orderId,
            String details) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String prevHash = previous == null ? GENESIS : previous.hash();
        Instant micros = at.truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsealed = new AuditEntry(seq, micros, actor, action, orderId, details, prevHash, null);
        return new AuditEntry(seq, micros, actor, action, orderId, details, prevHash, hashOf(unsealed));
    }

    /** The hash the entry must carry, computed from its fields and prev_hash (its own {@code hash} is ignored). */
    public static String hashOf(AuditEntry entry) {
        StringBuilder encoded = new StringBuilder(256);
        field(encoded, entry.prevHash());
        field(encoded, Long.toString(entry.seq()));
        field(encoded, entry.at() == null ? null : AT.format(entry.at()));
        field(encoded, entry.actor());
        field(encoded, entry.action());
        field(encoded, entry.orderId() == null ? null : entry.orderId().toString());
        field(encoded, entry.details());
        return HexFormat.of().formatHex(sha256(encoded.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder encoded, String value) {
        if (value == null) {
            encoded.append("-\n");
            return;
        }
        encoded.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
