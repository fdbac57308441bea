package io.lexroute.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The period of an order's preservation as the issuing authority shaped it (Regulation (EU) 2023/1543, Art. 11): the
 * duty ends after 60 days, unless the authority confirms that a subsequent request for production has been issued (the
 * data is then kept until that request is served: no end); within the 60 days it may extend the duty once, by 30
 * days; it ends earlier when the authority says preservation is no longer necessary. The same for every task of the
 * order; what the authority may still do is decided here.
 *
 * @param preserveUntil the end of the period; null once a request for production is confirmed
 * @param running some task of the order is still open or confirmed
 * @param endedAt when the duty ended, once no task runs any more because it did
 */
public record PreservationPeriod(
        Instant preserveUntil,
        boolean running,
        Instant extendedAt,
        String extendedBy,
        Instant productionRequestConfirmedAt,
        String productionRequestConfirmedBy,
        String productionRequestReference,
        Instant endedAt,
        PreservationEndReason endReason) {

    public static final String LEGAL_BASIS = "Regulation (EU) 2023/1543, Art. 11";
    public static final Duration EXTENSION = Duration.ofDays(30);
    /** An order nothing has been preserved for yet. */
    public static final PreservationPeriod NONE = new PreservationPeriod(null, false, null, null, null, null, null,
            null, null);

    public boolean extended() {
        return extendedAt != null;
    }

    public boolean keptForProduction() {
        return productionRequestConfirmedAt != null;
    }

    public boolean ended() {
        return endedAt != null;
    }

    /**
     * The end of a task that the decision preserves until {@code decidedEnd}: none once a request for production is
     * confirmed; once extended or ended, the order's own end, whether the decision shows the first end (a fresh
     * decision, or one made before revisions showed the period) or the one the period has now; else {@code
     * decidedEnd}.
     */
    public Instant endOf(Instant decidedEnd) {
        if (keptForProduction()) {
            return null;
        }
        if ((extended() || ended()) && preserveUntil != null) {
            return preserveUntil;
        }
        return extended() && decidedEnd != null ? decidedEnd.plus(EXTENSION) : decidedEnd;
    }

    /**
     * The {@code preservationExpiresAt} that a preserved outcome first decided to end at {@code firstEnd} shows: when
     * the duty ended, once it did (the withdrawal, or the end of the period); else the task's end ({@link #endOf}).
     */
    public Instant decisionEnd(Instant firstEnd) {
        return ended() && endReason == PreservationEndReason.WITHDRAWN ? endedAt : endOf(firstEnd);
    }

    /** Why the period cannot be extended at {@code now}; empty when it can (once, while it runs). */
    public Optional<String> extensionRefused(Instant now) {
        return notRunningAt(now).or(() -> keptForProduction()
                ? Optional.of("a request for production was confirmed at " + productionRequestConfirmedAt
                        + "; the data is kept until it is served, without an end to extend")
                : extended() ? Optional.of("it was extended already at " + extendedAt + ", and "
                        + LEGAL_BASIS + " allows one extension of " + EXTENSION.toDays() + " days")
                : Optional.empty());
    }

    /** Why a request for production cannot be confirmed at {@code now}; empty when it can (once, while it runs). */
    public Optional<String> productionRequestRefused(Instant now) {
        return notRunningAt(now).or(() -> keptForProduction()
                ? Optional.of("a request for production was confirmed already at " + productionRequestConfirmedAt)
                : Optional.empty());
    }

    /** Why the preservation cannot be withdrawn; empty while some of it runs. */
    public Optional<String> withdrawalRefused() {
        return running ? Optional.empty() : Optional.of(notRunning());
    }

    private Optional<String> notRunningAt(Instant now) {
        if (!running) {
            return Optional.of(notRunning());
        }
        if (preserveUntil != null && !now.isBefore(preserveUntil)) {
            return Optional.of("its period ended at " + preserveUntil);
        }
        return Optional.empty();
    }

    private String notRunning() {
        return ended() ? "the duty to preserve ended at " + endedAt + " (" + endReason + ")"
                : "nothing of the order is being preserved";
    }
}
