package io.lexroute.gateway.domain;

import java.util.UUID;

/** Where the issuing authority downloads a released package from this service. */
public final class PackageLinks {

    private PackageLinks() {
    }

    public static String downloadPath(UUID orderId, UUID packageId) {
        return "/api/v1/orders/" + orderId + "/packages/" + packageId;
    }
}
