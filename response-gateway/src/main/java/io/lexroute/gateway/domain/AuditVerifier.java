package io.lexroute.gateway.domain;

/**
 * Walks the audit chain in seq order, one entry at a time (so a long log need not be held in memory), and keeps the
 * first problem: a seq that skips one or more entries (MISSING, reported at the first absent seq), an entry whose
 * fields do not give its hash, or whose prev_hash is not the hash of the entry before (ALTERED).
 */
public final class AuditVerifier {

    private long entries;
    private AuditEntry previous;
    private AuditVerification.Problem firstProblem;

    public void check(AuditEntry entry) {
        entries++;
        if (firstProblem == null) {
            firstProblem = problemOf(entry);
        }
        previous = entry;
    }

    public AuditVerification result() {
        return new AuditVerification(entries, firstProblem == null, firstProblem,
                previous == null ? null : previous.seq(), previous == null ? null : previous.hash());
    }

    private AuditVerification.Problem problemOf(AuditEntry entry) {
        long expected = previous == null ? 1 : previous.seq() + 1;
        if (entry.seq() > expected) {
            String absent = entry.seq() - 1 == expected ? "Entry " + expected + " is"
                    : "Entries " + expected + " to " + (entry.seq() - 1) + " are";
            return new AuditVerification.Problem(expected, AuditVerification.Kind.MISSING,
                    absent + " missing: the chain goes from " + (previous == null ? "its start" : "entry "
                            + previous.seq()) + " to entry " + entry.seq() + ".");
        }
        if (entry.seq() < expected) {
            return altered(entry, "Its seq repeats or goes back after entry " + previous.seq() + ".");
        }
        if (!AuditChain.hashOf(entry).equals(entry.hash())) {
            return altered(entry, "Its fields no longer give its stored hash: the entry was changed after it was "
                    + "written.");
        }
        String expectedPrev = previous == null ? AuditChain.GENESIS : previous.hash();
        if (!expectedPrev.equals(entry.prevHash())) {
            return altered(entry, previous == null
                    ? "The first entry's prev_hash is not the genesis value."
                    : "Its prev_hash is not the hash of entry " + previous.seq() + ": that entry was rewritten with "
                            + "a new hash, or this entry's link was changed.");
        }
        return null;
    }

    private static AuditVerification.Problem altered(AuditEntry entry, String detail) {
        return new AuditVerification.Problem(entry.seq(), AuditVerification.Kind.ALTERED, detail);
    }
}
