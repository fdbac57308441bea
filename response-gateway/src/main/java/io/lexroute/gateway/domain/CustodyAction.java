package io.lexroute.gateway.domain;

/** A step in a package's chain of custody. */
public enum CustodyAction {
    RECEIVED,
    DOWNLOADED
}
