package io.lexroute.resolver.domain;

import io.lexroute.contracts.Assessment.CategoryAssessment;
import io.lexroute.contracts.Assessment.Conflict;
import io.lexroute.contracts.Assessment.Disposition;
import io.lexroute.contracts.Assessment.Hold;
import io.lexroute.contracts.Assessment.Redirect;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.resolver.rulebook.KnownConflict;
import io.lexroute.resolver.rulebook.NameSet;
import io.lexroute.resolver.rulebook.NotificationDuty;
import io.lexroute.resolver.rulebook.RedirectChannel;
import io.lexroute.resolver.rulebook.RulesInForce;
import io.lexroute.resolver.rulebook.TerritorialDoctrineRule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * For a permitted category, what the gateway needs per storage location: which countries the order reaches, where
 * to redirect the rest, which locations clash with local law, and whether release waits for a notified State.
 */
final class LocationGuidance {

    private final RulesInForce rules;
    private final OrderFacts facts;
    private final String regime;
    private final FiredRuleLog fired;
    private final DataCategory category;
    private final Instant receivedAt;

    LocationGuidance(RulesInForce rules, OrderFacts facts, String regime, FiredRuleLog fired, DataCategory category,
            Instant receivedAt) {
        this.rules = rules;
        this.facts = facts;
        this.regime = regime;
        this.fired = fired;
        this.category = category;
        this.receivedAt = receivedAt;
    }

    CategoryAssessment permitted(TerritorialDoctrineRule doctrine, Findings findings) {
        List<String> reachable = reachable(doctrine);
        fired.record(doctrine, category + ": " + doctrine.doctrine() + (doctrine.isStorageLocation()
                ? ", reachable only where stored in " + reachable : ", storage location irrelevant"));
        List<Redirect> redirects = doctrine.isStorageLocation() ? redirects(doctrine) : List.of();
        List<Conflict> conflicts = conflicts();
        Hold hold = notification(findings).orElse(null);
        return new CategoryAssessment(category, Disposition.PERMITTED, findings.grounds(), doctrine.doctrine(),
                reachable, redirects, conflicts, hold);
    }

    /**
     * The open questions decide only the reachable countries, which go to legal review; data stored anywhere else is
     * redirected. Called only for a storage doctrine with {@code reviewWhereReachable}.
     */
    CategoryAssessment permittedWithReviewWhereReachable(TerritorialDoctrineRule doctrine, Findings findings,
            String rulebookVersion) {
        List<String> reachable = reachable(doctrine);
        fired.record(doctrine, category + ": " + doctrine.doctrine() + ", data stored in " + reachable
                + " goes to legal review (the rulebook cannot settle it), data stored elsewhere is redirected");
        StringBuilder reason = new StringBuilder();
        findings.openQuestions().forEach(question -> reason.append(question.reason()).append(' '));
        reason.append("Data stored outside ").append(reachable).append(" is redirected whatever the answer.");
        Ground review = Grounds.noApplicableRule(rulebookVersion, reason.toString());
        List<Conflict> conflicts = new ArrayList<>();
        conflicts.add(new Conflict(reachable, review));
        conflicts.addAll(conflicts());
        return new CategoryAssessment(category, Disposition.PERMITTED, findings.supportingGrounds(),
                doctrine.doctrine(), reachable, redirects(doctrine), conflicts, null);
    }

    private List<String> reachable(TerritorialDoctrineRule doctrine) {
        return doctrine.isStorageLocation()
                ? List.copyOf(doctrine.reachableFrom(facts.issuingCountry()))
                : List.of();
    }

    private List<Redirect> redirects(TerritorialDoctrineRule doctrine) {
        List<String> reachable = reachable(doctrine);
        List<Redirect> redirects = new ArrayList<>();
        for (RedirectChannel channel : rules.ofKind(RedirectChannel.class)) {
            if (!channel.servesOrdersFrom(regime, facts.issuingCountry())) {
                continue;
            }
            Ground ground = redirectGround(doctrine, channel);
            List<String> countries = channel.toCountries().sorted().stream()
                    .filter(country -> !reachable.contains(country))
                    .toList();
            countries.forEach(country -> redirects.add(new Redirect(country, ground)));
            if (!countries.isEmpty()) {
                fired.record(channel, category + ": data stored in " + countries + " goes through the "
                        + channel.channel());
            }
        }
        if (redirects.stream().noneMatch(redirect -> NameSet.ANY.equals(redirect.country()))) {
            redirects.add(new Redirect(NameSet.ANY, new Ground(doctrine.outsideReachCode(), doctrine.header()
                    .citation(), doctrine.header().reason()
                    + " The rulebook records no channel for that State; a reviewer must find one.")));
        }
        return redirects;
    }

    private static Ground redirectGround(TerritorialDoctrineRule doctrine, RedirectChannel channel) {
        return new Ground(doctrine.outsideReachCode(),
                doctrine.header().citation() + "; " + channel.header().citation(),
                doctrine.header().reason() + " Channel: " + channel.channel() + ". " + channel.header().reason());
    }

    private List<Conflict> conflicts() {
        List<Conflict> conflicts = new ArrayList<>();
        for (KnownConflict conflict : rules.ofKind(KnownConflict.class)) {
            if (conflict.scope().covers(regime, facts.instrument(), category)
                    && conflict.concernsSubjectResidingIn(facts.residenceCountry())) {
                List<String> countries = conflict.storageCountries().stream().sorted().toList();
                conflicts.add(new Conflict(countries, Grounds.of(conflict, conflict.header().code())));
                fired.record(conflict, category + ": data stored in " + countries + " goes to legal review");
            }
        }
        return conflicts;
    }

    private Optional<Hold> notification(Findings findings) {
        return rules.ofKind(NotificationDuty.class).stream()
                .filter(duty -> duty.scope().covers(regime, facts.instrument(), category))
                .map(duty -> holdFor(duty, findings))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Hold::suspendsRelease).thenComparingInt(Hold::windowHours));
    }

    private Optional<Hold> holdFor(NotificationDuty duty, Findings findings) {
        if (isExempt(duty)) {
            String offencePlace = Boolean.TRUE.equals(committedInIssuingState())
                    ? "the issuing authority has reasonable grounds to believe the offence was, is or will be "
                            + "committed there."
                    : "as the order does not say where the offence was committed, it is presumed to have been "
                            + "committed there.";
            findings.support(Grounds.explained(duty, "NOTIFICATION_NOT_REQUIRED", "No notification: the person "
                    + "resides in the issuing State (" + facts.issuingCountry() + ") and " + offencePlace));
            fired.record(duty, category + ": no notification, offence and residence in the issuing State");
            return Optional.empty();
        }
        int hours = facts.emergency() ? duty.emergencyWindowHours() : duty.windowHours();
        // Like the answer deadline, the window runs from the provider's receipt of the order (Art. 10), not from
        // when the services got round to deciding it.
        Instant endsAt = receivedAt.plus(Duration.ofHours(hours));
        if (facts.emergency() && !duty.suspendsInEmergency()) {
            Ground notified = Grounds.explained(duty, "ENFORCING_STATE_NOTIFIED", "Emergency: the enforcing State "
                    + "is notified but release does not wait; it may still object within " + hours
                    + " hours of the order's receipt, until " + endsAt + ".");
            findings.support(notified);
            fired.record(duty, category + ": enforcing State notified, release not suspended in an emergency; it"
                    + " may object until " + endsAt + " (" + hours + " hours after receipt)");
            return Optional.of(new Hold(notified, hours, endsAt, false));
        }
        Ground ground = Grounds.explained(duty, "ENFORCING_STATE_NOTIFIED", "The enforcing State is notified and "
                + "may object within " + hours + " hours of the order's receipt, until " + endsAt
                + "; release waits until then.");
        fired.record(duty, category + ": release held until " + endsAt + " (" + hours
                + " hours after receipt) for the notified enforcing State");
        return Optional.of(new Hold(ground, hours, endsAt));
    }

    /**
     * Exempt where the person resides in the issuing State and the offence was, is or will be committed there: as the
     * issuing authority states it ({@code offence.committedInIssuingState}), or, where the order does not say, only
     * if the rule presumes it.
     */
    private boolean isExempt(NotificationDuty duty) {
        Boolean committedThere = committedInIssuingState();
        boolean offenceThere = committedThere == null ? duty.presumeOffenceInIssuingState() : committedThere;
        return duty.exemptWhenOffenceAndSubjectInIssuingState()
                && offenceThere
                && facts.residenceCountry() != null
                && facts.residenceCountry().equals(facts.issuingCountry());
    }

    private Boolean committedInIssuingState() {
        return facts.offence() == null ? null : facts.offence().committedInIssuingState();
    }
}
