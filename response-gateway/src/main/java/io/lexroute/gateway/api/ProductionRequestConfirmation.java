package io.lexroute.gateway.api;

import jakarta.validation.constraints.Size;

/** Optional body of the issuing authority's confirmation of a request for production: its reference of it. */
public record ProductionRequestConfirmation(@Size(max = 200) @SingleLineText String reference) {
}
