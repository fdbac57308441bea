package io.lexroute.contracts;

/** A machine-readable reason for an outcome: a stable code, the provision it rests on, and plain language. */
public record Ground(String code, String citation, String reason) {
}
