package io.lexroute.benchmark.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * chart.html: one self-contained page (inline SVG and CSS, no script) with the latency percentiles by offered rate
 * and the throughputs against the raw relay, both on log scales because they span several decades.
 */
public final class ChartHtml {

    private static final int WIDTH = 820;
    private static final String[] PERCENTILE_NAMES = {"p50", "p90", "p99", "p99.9", "max"};
    private static final List<ToDoubleFunction<LatencyFigures>> PERCENTILES = List.of(LatencyFigures::p50Ms,
            LatencyFigures::p90Ms, LatencyFigures::p99Ms, LatencyFigures::p999Ms, LatencyFigures::maxMs);
    private static final String[] COLOURS = {"#1b9e77", "#66a61e", "#e6ab02", "#d95f02", "#7570b3"};

    private final StringBuilder html = new StringBuilder();

    private ChartHtml() {
    }

    public static String of(BenchmarkResults results) {
        ChartHtml chart = new ChartHtml();
        chart.page(results);
        return chart.html.toString();
    }

    private void page(BenchmarkResults results) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>LexRoute benchmark</title><style>")
                .append("body{font-family:sans-serif;margin:24px;color:#222}")
                .append("table{border-collapse:collapse;margin:8px 0 24px}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}")
                .append("svg text{font-size:12px;font-family:sans-serif}")
                .append("</style></head><body>\n");
        RunConditions conditions = results.conditions();
        html.append("<h1>LexRoute benchmark</h1>\n<p>").append(escape(conditions.startedAt()))
                .append(", ").append(conditions.availableProcessors()).append(" CPUs, load average before ")
                .append(escape(conditions.loadAverageBefore())).append(", after ")
                .append(escape(conditions.loadAverageAfter())).append(".</p>\n");
        latencyChart(results.rates());
        if (results.notes() != null) {
            results.notes().forEach(note -> html.append("<p>").append(escape(note)).append(".</p>\n"));
        }
        throughputChart(results);
        html.append("<h2>Figures</h2><pre>").append(escape(SummaryText.of(results))).append("</pre>\n");
        html.append("</body></html>\n");
    }

    private void latencyChart(List<RunFigures> rates) {
        html.append("<h2>POST &#8594; order.decided latency by offered rate</h2>\n")
                .append("<p>Measured from each order's intended send time (constant-rate schedule), so a stall ")
                .append("counts against every order due during it. Log scale; dashed line: the 100 ms p99 target ")
                .append("at 300 orders/s.</p>\n");
        if (rates.isEmpty()) {
            html.append("<p>No constant-rate run.</p>\n");
            return;
        }
        int height = 380;
        double left = 70;
        double right = WIDTH - 20;
        double top = 50;
        double bottom = height - 50;
        // The target's 100 ms stays on the axis even when every latency is far above or below it.
        double smallest = Math.min(TargetChecks.P99_LIMIT_MS,
                rates.stream().mapToDouble(run -> run.decisionLatency().p50Ms()).min().orElse(1));
        double largest = Math.max(TargetChecks.P99_LIMIT_MS,
                rates.stream().mapToDouble(run -> run.decisionLatency().maxMs()).max().orElse(100));
        LogScale y = LogScale.spanning(smallest, largest, bottom, top);
        svgOpen(height);
        for (double decade : y.decades()) {
            double py = y.pixel(decade);
            line(left, py, right, py, "#dddddd", false);
            text(left - 6, py + 4, millisLabel(decade), "end");
        }
        double groupWidth = (right - left) / rates.size();
        double barWidth = groupWidth * 0.8 / PERCENTILES.size();
        for (int g = 0; g < rates.size(); g++) {
            RunFigures run = rates.get(g);
            double groupLeft = left + g * groupWidth + groupWidth * 0.1;
            for (int p = 0; p < PERCENTILES.size(); p++) {
                double value = PERCENTILES.get(p).applyAsDouble(run.decisionLatency());
                double py = y.pixel(value);
                rect(groupLeft + p * barWidth, py, barWidth - 2, bottom - py, COLOURS[p],
                        String.format(Locale.ROOT, "%s at %.0f/s: %.1f ms", PERCENTILE_NAMES[p],
                                run.offeredPerSecond(), value));
            }
            text(left + g * groupWidth + groupWidth / 2, bottom + 18,
                    String.format(Locale.ROOT, "%.0f orders/s offered", run.offeredPerSecond()), "middle");
            text(left + g * groupWidth + groupWidth / 2, bottom + 34,
                    String.format(Locale.ROOT, "%.1f decided/s, %d not decided", run.decidedPerSecond(),
                            run.scheduled() - run.decided()), "middle");
        }
        double target = y.pixel(TargetChecks.P99_LIMIT_MS);
        line(left, target, right, target, "#cc0000", true);
        text(right, target - 4, "p99 target at 300/s: 100 ms", "end");
        for (int p = 0; p < PERCENTILES.size(); p++) {
            rect(left + p * 80, 14, 12, 12, COLOURS[p], PERCENTILE_NAMES[p]);
            text(left + p * 80 + 16, 24, PERCENTILE_NAMES[p], "start");
        }
        svgClose();
    }

    private void throughputChart(BenchmarkResults results) {
        html.append("<h2>Throughput against the raw relay</h2>\n")
                .append("<p>Decided orders per second end to end (POST accepted &#8594; order.decided seen) and ")
                .append("messages per second through the four-hop relay on the same broker, raw and with each hop ")
                .append("through its own PostgreSQL inbox and outbox. Log scale.</p>\n");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (RunFigures run : results.rates()) {
            labels.add(String.format(Locale.ROOT, "LexRoute, %.0f orders/s offered", run.offeredPerSecond()));
            values.add(run.decidedPerSecond());
        }
        if (results.flatOut() != null) {
            labels.add("LexRoute, flat out (" + results.flatOut().clients() + " clients)");
            values.add(results.flatOut().decidedPerSecond());
        }
        if (results.outboxRelay() != null && results.outboxRelay().delivered() > 0) {
            labels.add("relay through PostgreSQL outboxes, 4 hops");
            values.add(results.outboxRelay().messagesPerSecond());
        }
        if (results.relay() != null && results.relay().delivered() > 0) {
            labels.add("raw relay, 4 hops, same sizes");
            values.add(results.relay().messagesPerSecond());
        }
        if (values.isEmpty()) {
            html.append("<p>Nothing measured.</p>\n");
            return;
        }
        double rowHeight = 34;
        double left = 280;
        double right = WIDTH - 90;
        int height = (int) (40 + rowHeight * values.size() + 30);
        double smallest = values.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).min().orElse(1);
        double largest = values.stream().mapToDouble(Double::doubleValue).max().orElse(10);
        LogScale x = LogScale.spanning(smallest, largest, left, right);
        svgOpen(height);
        double plotBottom = 20 + rowHeight * values.size();
        for (double decade : x.decades()) {
            double px = x.pixel(decade);
            line(px, 10, px, plotBottom, "#dddddd", false);
            text(px, plotBottom + 16, String.format(Locale.ROOT, "%,.0f/s", decade), "middle");
        }
        for (int i = 0; i < values.size(); i++) {
            double rowTop = 20 + i * rowHeight;
            boolean relay = labels.get(i).startsWith("raw relay") || labels.get(i).startsWith("relay through");
            double end = Math.max(left + 1, x.pixel(values.get(i)));
            text(left - 8, rowTop + rowHeight / 2 + 4, labels.get(i), "end");
            rect(left, rowTop + 6, end - left, rowHeight - 12, relay ? "#7570b3" : "#1b9e77", labels.get(i));
            text(end + 6, rowTop + rowHeight / 2 + 4, String.format(Locale.ROOT, "%,.1f", values.get(i)), "start");
        }
        svgClose();
        if (results.lexRouteToRelayRatio() != null) {
            double ratio = results.lexRouteToRelayRatio();
            html.append(String.format(Locale.ROOT, "<p>LexRoute flat out / raw relay = %.4f (%.2f%%); the target"
                    + " is at least 50%%.</p>%n", ratio, 100 * ratio));
        }
    }

    private void svgOpen(int height) {
        html.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\">%n", WIDTH, height, WIDTH, height));
    }

    private void svgClose() {
        html.append("</svg>\n");
    }

    private void rect(double x, double y, double width, double height, String colour, String title) {
        html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                + " fill=\"%s\"><title>%s</title></rect>%n", x, y, Math.max(0, width), Math.max(0, height), colour,
                escape(title)));
    }

    private void line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"%s\"%s/>%n", x1, y1, x2, y2, colour,
                dashed ? " stroke-dasharray=\"6 4\" stroke-width=\"1.5\"" : ""));
    }

    private void text(double x, double y, String content, String anchor) {
        html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y,
                anchor, escape(content)));
    }

    private static String millisLabel(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.0f s", millis / 1000)
                : millis >= 1 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
