package io.lexroute.gateway.domain;

/** A step in a package's chain of custody. */
public enum CustodyAction {
    RECEIVED,
    /** A package received during a hold's window was handed on to the issuing authority when the window ended. */
    RELEASED,
    DOWNLOADED,
    /** A package received during a hold's window whose outcome was refused or no longer released: bytes deleted. */
    DISCARDED
}
