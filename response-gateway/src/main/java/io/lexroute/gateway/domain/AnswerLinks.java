package io.lexroute.gateway.domain;

import java.util.UUID;

/** Where the issuing authority reads its answer from this service: the released packages and the refusal document. */
public final class AnswerLinks {

    private AnswerLinks() {
    }

    public static String downloadPath(UUID orderId, UUID packageId) {
        return "/api/v1/orders/" + orderId + "/packages/" + packageId;
    }

    public static String refusalPath(UUID orderId) {
        return "/api/v1/orders/" + orderId + "/refusal";
    }
}
