package io.lexroute.resolver.rulebook;

/**
 * A duty to notify the enforcing State, which may object within {@code windowHours} (or
 * {@code emergencyWindowHours} in an emergency). While the window runs, release waits unless the order is an
 * emergency and {@code suspendsInEmergency} is false.
 *
 * @param exemptWhenOffenceAndSubjectInIssuingState no notification where the offence was committed in the issuing
 *                                                  State and the person resides there
 * @param presumeOffenceInIssuingState              where the order does not say whether the offence was committed in
 *                                                  the issuing State ({@code offence.committedInIssuingState}),
 *                                                  true presumes it was
 */
public record NotificationDuty(
        RuleHeader header,
        Scope scope,
        int windowHours,
        int emergencyWindowHours,
        boolean suspendsInEmergency,
        boolean exemptWhenOffenceAndSubjectInIssuingState,
        boolean presumeOffenceInIssuingState) implements Rule {
}
