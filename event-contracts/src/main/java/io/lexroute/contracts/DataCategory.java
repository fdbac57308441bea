package io.lexroute.contracts;

/** Categories of data an order may ask for (order-api.md; match ETSI TS 103 120 e-Evidence request types). */
public enum DataCategory {
    SUBSCRIBER,
    /** Data requested for the sole purpose of identifying the user, such as IP addresses. */
    IDENTIFICATION,
    TRAFFIC,
    CONTENT
}
