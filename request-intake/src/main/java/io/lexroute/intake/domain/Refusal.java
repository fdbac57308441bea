package io.lexroute.intake.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the issuing authority is told about the parts of its order that will not be served directly: each refused
 * or redirected outcome with its grounds, for a redirect the channel that can serve it, and where response-gateway
 * files the formal refusal document ({@code documentLink}; null if the gateway did not say).
 */
public record Refusal(List<RefusedOutcome> outcomes, String documentLink) {

    /**
     * @param channel for a {@code REDIRECT}: the channel that can serve the order (e.g. a mutual legal assistance
     *                treaty), as cited by the grounds; null otherwise
     */
    public record RefusedOutcome(
            DataCategory dataCategory,
            String location,
            Outcome outcome,
            List<Ground> grounds,
            String channel) {
    }

    private static final Pattern CHANNEL_WORDS = Pattern.compile(
            "\\bMLAT\\b|MUTUAL LEGAL ASSISTANCE|EUROPEAN INVESTIGATION ORDER|\\bEIO\\b|LETTERS? ROGATORY|CHANNEL");

    /** The refusal part of a decision; empty when every outcome is served. */
    public static Optional<Refusal> of(Decision decision, String documentLink) {
        if (decision == null || decision.outcomes() == null) {
            return Optional.empty();
        }
        List<RefusedOutcome> refused = decision.outcomes().stream()
                .filter(o -> o.outcome() == Outcome.REFUSE || o.outcome() == Outcome.REDIRECT)
                .map(o -> new RefusedOutcome(o.dataCategory(), o.location(), o.outcome(), groundsOf(o),
                        o.outcome() == Outcome.REDIRECT ? channelOf(groundsOf(o)) : null))
                .toList();
        return refused.isEmpty() ? Optional.empty() : Optional.of(new Refusal(refused, documentLink));
    }

    /**
     * The decision contract has no channel field: the channel is the citation of the ground that names one (by code
     * or citation), else of the first ground, which is where response-gateway puts the redirect ground.
     */
    static String channelOf(List<Ground> grounds) {
        return grounds.stream()
                .filter(g -> mentionsChannel(g.code()) || mentionsChannel(g.citation()))
                .findFirst()
                .or(() -> grounds.stream().findFirst())
                .map(g -> g.citation() != null ? g.citation() : g.code())
                .orElse(null);
    }

    private static boolean mentionsChannel(String text) {
        return text != null && CHANNEL_WORDS.matcher(text.toUpperCase(Locale.ROOT).replace('_', ' ')).find();
    }

    private static List<Ground> groundsOf(Decision.CategoryOutcome outcome) {
        return outcome.grounds() == null ? List.of() : outcome.grounds();
    }
}
