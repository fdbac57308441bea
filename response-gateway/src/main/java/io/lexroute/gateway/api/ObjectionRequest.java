package io.lexroute.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The enforcing authority's objection to a held release, with its grounds for refusal. */
public record ObjectionRequest(
        @NotBlank @Size(max = 500) String authority,
        @NotBlank @Size(max = 10000) String grounds) {
}
