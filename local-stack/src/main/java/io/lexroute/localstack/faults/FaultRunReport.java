package io.lexroute.localstack.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a fault run: accepted orders, lost (accepted, but without exactly one final decision somewhere),
 * duplicated (more than one distinct first-revision decision), redelivered records, drain time, and the faults with
 * their times; as text for people and as JSON for the record.
 */
public final class FaultRunReport {

    private static final int LISTED_IDS = 50;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String runId;
    private final FaultRunOptions options;
    private final Instant startedAt;
    private final Submissions submissions;
    private final long storedWithout202;
    private final Verdict verdict;
    private final Records records;
    private final List<InjectedFault> faults;

    FaultRunReport(String runId, FaultRunOptions options, Instant startedAt, Submissions submissions,
            long storedWithout202, Verdict verdict, Records records, List<InjectedFault> faults) {
        this.runId = runId;
        this.options = options;
        this.startedAt = startedAt;
        this.submissions = submissions;
        this.storedWithout202 = storedWithout202;
        this.verdict = verdict;
        this.records = records;
        this.faults = List.copyOf(faults);
    }

    /** Orders intake answered 202 for. */
    public int accepted() {
        return submissions.accepted().size();
    }

    /** Accepted orders with a first-revision decision on order.decided. */
    public long decided() {
        return verdict.decidedOnTopic();
    }

    /** Accepted orders without a final status at intake, a gateway decision or a decision on order.decided. */
    public int lost() {
        return verdict.lost().size();
    }

    /** Orders with more than one distinct first-revision decision (in gateway's table or on order.decided). */
    public int duplicated() {
        return verdict.duplicated().size();
    }

    /** order.decided records that repeat an event already published (same ce_id): the relay's redeliveries. */
    public long redeliveredRecords() {
        return verdict.redeliveredRecords();
    }

    /** From the last 202 to the last first decision published; empty when not every order was decided. */
    public Optional<Duration> drainTime() {
        return verdict.lastFirstDecisionAt().flatMap(lastDecision -> submissions.lastAcceptedAt()
                .map(lastAccepted -> lastDecision.isAfter(lastAccepted)
                        ? Duration.between(lastAccepted, lastDecision) : Duration.ZERO));
    }

    /** Each fault with the target it broke, when, and whether it came back. */
    public List<String> faultsInjected() {
        return faults.stream().map(fault -> fault.target().label() + (fault.recovered() ? "" : " (did not recover)"))
                .toList();
    }

    /** Nothing lost, nothing duplicated, and every fault happened. */
    public boolean passed() {
        return lost() == 0 && duplicated() == 0 && faults.size() == options.faults().size()
                && faults.stream().allMatch(InjectedFault::recovered);
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        line(text, "Fault run %s: %d orders at %.1f/s from %s, %d faults", runId, options.orders(),
                options.ratePerSecond(), startedAt, options.faults().size());
        line(text, "  accepted            %d (202 from intake; %d needed a retry, the longest wait for a 202 was"
                + " %.1f s; %d never accepted)", accepted(), submissions.retried(),
                Times.seconds(submissions.longestWait()), submissions.notAccepted().size());
        line(text, "  decided             %d (a first-revision decision on order.decided)", decided());
        line(text, "  lost                %d (accepted, yet not final at intake: %d, no gateway decision: %d,"
                + " not on order.decided: %d)", lost(), verdict.notFinalAtIntake(), verdict.withoutGatewayDecision(),
                verdict.notOnTopic());
        line(text, "  duplicated          %d (more than one distinct first-revision decision)", duplicated());
        line(text, "  redelivered         %d records (an event published again with its ce_id; consumers skip it)",
                redeliveredRecords());
        line(text, "  later revisions     %d orders (a hold that ended: a new revision, not a duplicate)",
                verdict.laterRevisionOrders());
        line(text, "  stored without 202  %d", storedWithout202);
        line(text, "  dead-lettered       %d records (on the .dlq topics)", records.deadLettered());
        line(text, "  drain time          %s", drainTime()
                .map(drain -> String.format("%.1f s (last 202 at +%.1f s, last first decision at +%.1f s)",
                        Times.seconds(drain), sinceStart(submissions.lastAcceptedAt()),
                        sinceStart(verdict.lastFirstDecisionAt())))
                .orElse("not drained within " + options.drainTimeout().toSeconds() + " s"));
        line(text, "  faults");
        for (InjectedFault fault : faults) {
            line(text, "    +%6.1f s  %-22s %-18s %s", sinceStart(Optional.of(fault.injectedAt())),
                    fault.target().label(), fault.target().action(), fault.error().map(error -> "FAILED: " + error)
                            .orElse(String.format("serving again after %.1f s", Times.seconds(fault.downFor()))));
        }
        if (!verdict.lost().isEmpty()) {
            line(text, "  lost orders (first %d): %s", LISTED_IDS, first(verdict.lost()));
        }
        if (!verdict.duplicated().isEmpty()) {
            line(text, "  duplicated orders (first %d): %s", LISTED_IDS, first(verdict.duplicated()));
        }
        submissions.notAccepted().entrySet().stream().limit(5)
                .forEach(entry -> line(text, "  not accepted: %s %s", entry.getKey(), entry.getValue()));
        line(text, passed() ? "PASSED: lost = 0, duplicated = 0" : "FAILED");
        return text.toString();
    }

    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("runId", runId);
        json.put("startedAt", startedAt.toString());
        json.put("orders", options.orders());
        json.put("ratePerSecond", options.ratePerSecond());
        json.put("accepted", accepted());
        json.put("retriedSubmits", submissions.retried());
        json.put("longestWaitFor202Seconds", Times.seconds(submissions.longestWait()));
        json.put("notAccepted", submissions.notAccepted().size());
        json.put("storedWithout202", storedWithout202);
        json.put("decided", decided());
        json.put("lost", lost());
        ObjectNode lostBreakdown = json.putObject("lostBreakdown");
        lostBreakdown.put("notFinalAtIntake", verdict.notFinalAtIntake());
        lostBreakdown.put("withoutGatewayDecision", verdict.withoutGatewayDecision());
        lostBreakdown.put("notOnOrderDecided", verdict.notOnTopic());
        json.put("duplicated", duplicated());
        json.put("redeliveredRecords", redeliveredRecords());
        json.put("laterRevisionOrders", verdict.laterRevisionOrders());
        json.put("unreadableDecidedRecords", records.unreadableDecided());
        json.put("deadLetteredRecords", records.deadLettered());
        submissions.lastAcceptedAt().ifPresent(at -> json.put("lastAcceptedAt", at.toString()));
        verdict.lastFirstDecisionAt().ifPresent(at -> json.put("lastDecisionAt", at.toString()));
        drainTime().ifPresentOrElse(drain -> json.put("drainSeconds", Times.seconds(drain)),
                () -> json.putNull("drainSeconds"));
        ArrayNode faultList = json.putArray("faults");
        for (InjectedFault fault : faults) {
            ObjectNode entry = faultList.addObject();
            entry.put("target", fault.target().label());
            entry.put("action", fault.target().action());
            entry.put("at", fault.injectedAt().toString());
            entry.put("offsetSeconds", sinceStart(Optional.of(fault.injectedAt())));
            entry.put("servingAgainAfterSeconds", Times.seconds(fault.downFor()));
            fault.error().ifPresentOrElse(error -> entry.put("error", error), () -> entry.putNull("error"));
        }
        first(verdict.lost()).forEach(json.putArray("lostOrderIds")::add);
        first(verdict.duplicated()).forEach(json.putArray("duplicatedOrderIds")::add);
        json.put("passed", passed());
        return json;
    }

    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        JSON.writeValue(file.toFile(), toJson());
    }

    /** Records of order.decided that could not be read as a decision, and records on the dead-letter topics. */
    record Records(long unreadableDecided, long deadLettered) {
    }

    private double sinceStart(Optional<Instant> at) {
        return at.map(instant -> Times.seconds(Duration.between(startedAt, instant))).orElse(Double.NaN);
    }

    private static List<String> first(List<String> ids) {
        return ids.stream().limit(LISTED_IDS).toList();
    }

    private static void line(StringBuilder text, String format, Object... args) {
        text.append(String.format(format, args)).append(System.lineSeparator());
    }
}
