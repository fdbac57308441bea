package io.lexroute.contracts;

import java.util.UUID;

/** Every event of an order's life; all are keyed by {@link #orderId()} so one order's events stay in order. */
public sealed interface OrderEvent permits OrderReceived, OrderAssessed, OrderLocated, OrderDecided, OrderClosed,
        OrderPackageReceived, OrderDeadlinePassed {

    UUID orderId();
}
