package io.lexroute.gateway.domain;

import java.util.UUID;

/** Where the issuing authority reads its answer from this service: the released packages and the refusal document. */
public final class AnswerLinks {

    private AnswerLinks() {
    }

    /** The absolute address of a package's download; {@code publicUrl} is the service's, without a trailing slash. */
    public static String download(String publicUrl, UUID orderId, UUID packageId) {
        return publicUrl + "/api/v1/orders/" + orderId + "/packages/" + packageId;
    }

    /** The absolute address of an order's refusal document. */
    public static String refusal(String publicUrl, UUID orderId) {
        return publicUrl + "/api/v1/orders/" + orderId + "/refusal";
    }
}
