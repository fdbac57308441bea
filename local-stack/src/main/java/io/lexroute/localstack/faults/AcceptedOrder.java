package io.lexroute.localstack.faults;

import java.time.Instant;

/** An order intake answered 202 for: from then on LexRoute owes it a decision. */
record AcceptedOrder(String orderId, String idempotencyKey, String exampleCase, Instant dueAt, Instant acceptedAt,
        int attempts) {
}
