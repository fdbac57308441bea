package io.lexroute.gateway.domain;

/**
 * The result of walking the audit chain: how many entries it has, whether it is intact, and if not, the first
 * problem found. {@code lastSeq} and {@code lastHash} identify the newest entry: keep them elsewhere to detect,
 * later, entries removed from the end, which the chain alone cannot show.
 */
public record AuditVerification(long entries, boolean intact, Problem firstProblem, Long lastSeq, String lastHash) {

    public enum Kind {
        /** The entry's fields no longer give its hash, or its link to the entry before is broken. */
        ALTERED,
        /** The entry with this seq is absent: the chain jumps over it. */
        MISSING
    }

    public record Problem(long seq, Kind kind, String detail) {
    }
}
