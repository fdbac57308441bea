package io.lexroute.gateway.domain;

import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.PRESERVE;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;

import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One outcome of a decision turned into another by what happened after it (a provider's search, a hold that ended,
 * an objection, a reviewer). The new grounds come first; where {@code keepsEarlierGrounds}, the grounds that led to
 * the earlier outcome follow them, since they explain how the outcome came about. A changed outcome carries {@code
 * preservationExpiresAt}, which only a PRESERVE outcome may have (null for one preserved without an end).
 */
public record OutcomeChange(OutcomeKey key, Outcome outcome, List<Ground> grounds, boolean keepsEarlierGrounds,
        Instant preservationExpiresAt) {

    public OutcomeChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        grounds = List.copyOf(grounds);
        if (grounds.isEmpty()) {
            throw new IllegalArgumentException("a changed outcome needs a ground");
        }
        if (preservationExpiresAt != null && outcome != PRESERVE) {
            throw new IllegalArgumentException("only a preserved outcome has a preservation end, not " + outcome);
        }
    }

    public OutcomeChange(OutcomeKey key, Outcome outcome, List<Ground> grounds, boolean keepsEarlierGrounds) {
        this(key, outcome, grounds, keepsEarlierGrounds, null);
    }

    private OutcomeChange(OutcomeKey key, Outcome outcome, Ground ground, boolean keepsEarlierGrounds) {
        this(key, outcome, List.of(ground), keepsEarlierGrounds);
    }

    /** The provider holds nothing: the grounds that made release lawful no longer explain a refusal. */
    public static OutcomeChange notFound(OutcomeKey key, Ground dataNotHeld) {
        return new OutcomeChange(key, REFUSE, dataNotHeld, false);
    }

    public static OutcomeChange holdEnded(OutcomeKey key, Ground ended) {
        return new OutcomeChange(key, RELEASE, ended, true);
    }

    public static OutcomeChange objected(OutcomeKey key, Ground objection) {
        return new OutcomeChange(key, REFUSE, objection, true);
    }

    /** A reviewer settles a review by releasing or refusing; an objection keeps it open ({@link #objectionFiled}). */
    public static OutcomeChange reviewed(OutcomeKey key, Outcome decided, Ground review) {
        if (decided != RELEASE && decided != REFUSE) {
            throw new IllegalArgumentException("a reviewer releases or refuses, not " + decided);
        }
        return new OutcomeChange(key, decided, review, true);
    }

    /**
     * A reviewer filed a reasoned objection (Regulation (EU) 2023/1543 Art. 17): the outcome stays in review, so
     * nothing is released (the end of a notification window included), until the reviewer records what came of the
     * objection.
     */
    public static OutcomeChange objectionFiled(OutcomeKey key, Ground objection) {
        return new OutcomeChange(key, LEGAL_REVIEW, objection, true);
    }

    /**
     * A reviewer released data whose release also waits for a notified State's window (the order's hold): the
     * review settles only the conflict, so the outcome is held, the hold's ground first, since the timer cites it
     * when the window ends, and the reviewer's after it.
     */
    public static OutcomeChange reviewedReleaseStillHeld(OutcomeKey key, Ground hold, Ground review) {
        return new OutcomeChange(key, HOLD, List.of(hold, review), true);
    }

    /**
     * The issuing authority, or the passing of time, changed the period of a preservation (Regulation (EU) 2023/1543,
     * Art. 11): the outcome stays PRESERVE and shows the end the period now has ({@code expiresAt}; null while the data
     * is kept for a request for production), {@code period} saying why first.
     */
    public static OutcomeChange preservationPeriod(OutcomeKey key, Ground period, Instant expiresAt) {
        return new OutcomeChange(key, PRESERVE, List.of(period), true, expiresAt);
    }
}
