package io.lexroute.resolver.rulebook;

/** The families of rules the rulebook can hold; the JSON field {@code kind} names one of them. */
public enum RuleKind {
    /** Which instruments, issued by which countries, fall under a regime (or have no binding basis). */
    INSTRUMENT_APPLICABILITY,
    /** Which data categories an instrument can obtain at all. */
    INSTRUMENT_SCOPE,
    /** Whether a provider is bound by the regime, and how the regime classifies it. */
    PROVIDER_BINDING,
    /** Which authorities may issue the instrument for a data category. */
    ISSUER_COMPETENCE,
    /** Which offences qualify for a data category. */
    OFFENCE_THRESHOLD,
    /** Whether the storage location of the data matters. */
    TERRITORIAL_DOCTRINE,
    /** The channel to use for data that the order cannot reach directly. */
    REDIRECT_CHANNEL,
    /** A clash with the law of the State where the data is stored. */
    KNOWN_CONFLICT,
    /** A duty to notify another State, with the window it has to object. */
    NOTIFICATION_DUTY,
    /** The time the addressee has to answer. */
    ANSWER_DEADLINE,
    /** Persons an order may not target, by where they reside. */
    TARGETING_RESTRICTION,
    /** An instrument that may be used only in an emergency. */
    EMERGENCY_REQUIREMENT,
    /** How long the provider must preserve data under an instrument that asks only for preservation. */
    PRESERVATION_PERIOD
}
