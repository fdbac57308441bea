package io.lexroute.contracts;

/** The legal instrument an order was issued under. */
public enum Instrument {
    NATIONAL_ORDER,
    /** European Production Order Certificate, Regulation (EU) 2023/1543. */
    EPOC,
    /** European Preservation Order Certificate, Regulation (EU) 2023/1543. */
    EPOC_PR,
    US_SUBPOENA,
    US_2703D_ORDER,
    US_SCA_WARRANT,
    UK_OVERSEAS_PRODUCTION_ORDER,
    /** Reached the provider through the central authority of the provider's own State. */
    MLAT_REQUEST,
    /** Subscriber information under the Second Additional Protocol to the Budapest Convention. */
    BUDAPEST_ART7_REQUEST,
    EMERGENCY_DISCLOSURE_REQUEST
}
