package io.lexroute.gateway.api;

import jakarta.validation.constraints.Size;

/** Optional body of a provider's not-found report. */
public record NotFoundReport(@Size(max = 2000) @NoNulCharacter String note) {
}
