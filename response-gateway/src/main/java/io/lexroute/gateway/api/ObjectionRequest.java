package io.lexroute.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An objection to a held release, with its grounds for refusal. {@code authority} names the objecting authority when
 * a legal reviewer records the objection; an authority objecting itself is named from its token, and the field is
 * ignored. {@code receivedAt}: when the objection reached the provider through official channels, for a reviewer who
 * records it later (not in the future); its timeliness is judged on it. An authority's own objection is received when
 * it is posted, and the field is ignored.
 */
public record ObjectionRequest(
        @Size(max = 500) @SingleLineText String authority,
        @NotBlank @Size(max = 10000) @NoNulCharacter String grounds,
        Instant receivedAt) {
}
