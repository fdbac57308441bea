package io.lexroute.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.gateway.domain.AuditVerification.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditVerifierTest {

    private static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void anEmptyLogIsIntact() {
        AuditVerification result = verify(List.of());

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isZero();
        assertThat(result.firstProblem()).isNull();
        assertThat(result.lastSeq()).isNull();
    }

    @Test
    void anUntouchedChainIsIntactAndNamesItsLastEntry() {
        List<AuditEntry> chain = chain(5);

        AuditVerification result = verify(chain);

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.lastSeq()).isEqualTo(5);
        assertThat(result.lastHash()).isEqualTo(chain.get(4).hash());
    }

    @Test
    void changedDetailsAreReportedAsThatEntryAltered() {
        List<AuditEntry> chain = chain(5);
        chain.set(2, withDetails(chain.get(2), "{\"size\":5}"));

        AuditVerification result = verify(chain);

        assertThat(result.intact()).isFalse();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.firstProblem().seq()).isEqualTo(3);
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.ALTERED);
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNext() {
        List<AuditEntry> chain = chain(5);
        AuditEntry original = chain.get(2);
        AuditEntry forged = AuditChain.next(chain.get(1), original.at(), original.actor(), original.action(),
                original.orderId(), "{\"forged\":true}");
        chain.set(2, forged);

        AuditVerification.Problem problem = verify(chain).firstProblem();

        assertThat(problem.seq()).isEqualTo(4);
        assertThat(problem.kind()).isEqualTo(Kind.ALTERED);
        assertThat(problem.detail()).contains("entry 3");
    }

    @Test
    void aChangedHashOrLinkIsAltered() {
        List<AuditEntry> hashChanged = chain(3);
        AuditEntry second = hashChanged.get(1);
        hashChanged.set(1, new AuditEntry(second.seq(), second.at(), second.actor(), second.action(),
                second.orderId(), second.details(), second.prevHash(), "f".repeat(64)));
        assertThat(verify(hashChanged).firstProblem()).extracting(AuditVerification.Problem::seq,
                AuditVerification.Problem::kind).containsExactly(2L, Kind.ALTERED);

        List<AuditEntry> badStart = chain(2);
        AuditEntry first = badStart.get(0);
        AuditEntry relinked = new AuditEntry(1, first.at(), first.actor(), first.action(), first.orderId(),
                first.details(), "1".repeat(64), null);
        badStart.set(0, new AuditEntry(1, first.at(), first.actor(), first.action(), first.orderId(), first.details(),
                relinked.prevHash(), AuditChain.hashOf(relinked)));
        assertThat(verify(badStart).firstProblem().seq()).isEqualTo(1);
        assertThat(verify(badStart).firstProblem().detail()).contains("genesis");
    }

    @Test
    void aRemovedEntryIsReportedMissingAtItsSeq() {
        List<AuditEntry> chain = chain(5);
        chain.remove(2);

        AuditVerification result = verify(chain);

        assertThat(result.intact()).isFalse();
        assertThat(result.entries()).isEqualTo(4);
        assertThat(result.firstProblem().seq()).isEqualTo(3);
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.MISSING);
        assertThat(result.firstProblem().detail()).isEqualTo("Entry 3 is missing: the chain goes from entry 2 to entry 4.");
    }

    @Test
    void severalRemovedEntriesAndARemovedFirstEntryAreMissing() {
        List<AuditEntry> chain = chain(6);
        chain.remove(3);
        chain.remove(2);
        assertThat(verify(chain).firstProblem().detail()).startsWith("Entries 3 to 4 are missing");

        List<AuditEntry> headless = chain(3);
        headless.remove(0);
        assertThat(verify(headless).firstProblem()).extracting(AuditVerification.Problem::seq,
                AuditVerification.Problem::kind).containsExactly(1L, Kind.MISSING);
    }

    @Test
    void onlyTheFirstProblemIsReported() {
        List<AuditEntry> chain = chain(6);
        chain.set(1, withDetails(chain.get(1), "{}"));
        chain.remove(4);

        AuditVerification result = verify(chain);

        assertThat(result.firstProblem().seq()).isEqualTo(2);
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.ALTERED);
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.lastSeq()).isEqualTo(6);
    }

    @Test
    void aRepeatedSeqIsAltered() {
        List<AuditEntry> chain = chain(3);
        chain.add(2, chain.get(1));

        assertThat(verify(chain).firstProblem()).extracting(AuditVerification.Problem::seq,
                AuditVerification.Problem::kind).containsExactly(2L, Kind.ALTERED);
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditChain.next(previous, START.plusSeconds(i), "actor " + i, "DECISION_REVISED",
                    UUID.randomUUID(), "{\"size\":" + i + "}");
            chain.add(previous);
        }
        return chain;
    }

    private static AuditEntry withDetails(AuditEntry entry, String details) {
        return new AuditEntry(entry.seq(), entry.at(), entry.actor(), entry.action(), entry.orderId(), details,
                entry.prevHash(), entry.hash());
    }

    private static AuditVerification verify(List<AuditEntry> entries) {
        AuditVerifier verifier = new AuditVerifier();
        entries.forEach(verifier::check);
        return verifier.result();
    }
}
