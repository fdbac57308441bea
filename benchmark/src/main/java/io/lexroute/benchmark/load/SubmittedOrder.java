package io.lexroute.benchmark.load;

/**
 * One POST of a run and its answer. Times are System.nanoTime().
 *
 * @param sequence   position in the run
 * @param intendedAt when the schedule meant to send it (the constant-rate runs), or when it was sent (flat out)
 * @param sentAt     when the request was handed to the HTTP client
 * @param answeredAt when the answer (or the failure) came back
 * @param status     HTTP status, 0 when no answer came
 * @param orderId    the id request-intake gave it, null unless accepted
 * @param error      what went wrong, null when accepted
 */
public record SubmittedOrder(long sequence, long intendedAt, long sentAt, long answeredAt, int status,
        String orderId, String error) {

    public boolean accepted() {
        return orderId != null;
    }
}
