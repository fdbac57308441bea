package io.lexroute.benchmark.load;

/** One order's JSON and the token of the authority that submits it. */
public record OrderBody(byte[] json, String token) {
}
