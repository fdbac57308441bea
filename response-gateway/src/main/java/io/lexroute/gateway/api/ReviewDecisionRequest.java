package io.lexroute.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision on one outcome in review: {@code RELEASE} or {@code REFUSE} settles it; {@code OBJECT} files a
 * reasoned objection under Regulation (EU) 2023/1543 Art. 17, which keeps it in review. The reviewer is named from
 * the caller's token: a {@code reviewer} field in the body, as earlier versions of the API took, is ignored.
 * {@code decisionRevision} (optional): the review's {@code decisionRevision} as the reviewer read it; when the review
 * has changed since (a re-assessment brought other grounds or another deadline), the decision is refused with 409.
 */
public record ReviewDecisionRequest(
        @NotBlank @Pattern(regexp = "SUBSCRIBER|IDENTIFICATION|TRAFFIC|CONTENT",
                message = "must be one of SUBSCRIBER, IDENTIFICATION, TRAFFIC, CONTENT") String dataCategory,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code")
        String location,
        @NotBlank @Pattern(regexp = "RELEASE|REFUSE|OBJECT",
                message = "must be RELEASE, REFUSE or OBJECT (a reasoned objection under Art. 17)") String outcome,
        @NotBlank @Size(max = 10000) @NoNulCharacter String reason,
        @Positive Integer decisionRevision) {
}
