package io.lexroute.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import io.lexroute.localstack.tokens.DevTokens;
import java.io.Reader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * prometheus/lexroute-alerts.yml alerts on metrics that the four services as they ship export: a renamed metric or
 * label would leave an alert that never fires. (promtool checks the rules' syntax and timing; this checks their names.)
 */
class AlertRulesEndToEndTest {

    /** LexRoute's metrics and the Kafka clients'; {@code up} is Prometheus' own. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:lexroute|kafka)_[a-z0-9_]+)\\b");
    private static final Pattern LABEL_IN_TEXT = Pattern.compile("\\$labels\\.([a-z_]+)");
    /** Labels Prometheus adds to every scraped series. */
    private static final Set<String> TARGET_LABELS = Set.of("instance", "job");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyMetricAndLabelTheAlertsReadIsOneTheServicesExport() throws Exception {
        LexRouteUnderTest lexRoute = LexRouteUnderTest.get();
        // A counter of dead letters exists from a service's first one.
        lexRoute.deadLetterARecordAt("request-intake");
        List<Map<String, Object>> rules = rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(5);

        Set<String> missing = new LinkedHashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            // The Kafka clients' meters appear once the clients report them, shortly after a start.
            String metrics = scrapeAll(lexRoute);
            missing.clear();
            for (Map<String, Object> rule : rules) {
                missing.addAll(unexported(rule, metrics));
            }
            if (!missing.isEmpty()) {
                Thread.sleep(1_000);
            }
        } while (!missing.isEmpty() && System.nanoTime() < deadline);

        assertThat(missing).as("metrics or labels the alerts name that no service exports").isEmpty();
    }

    /** What {@code rule} names (metrics, and labels its annotations print) that no scraped series carries. */
    private static List<String> unexported(Map<String, Object> rule, String metrics) {
        List<String> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher metric = METRIC.matcher(String.valueOf(rule.get("expr")));
        while (metric.find()) {
            names.add(metric.group(1));
        }
        Matcher label = LABEL_IN_TEXT.matcher(String.valueOf(rule.get("annotations")));
        while (label.find()) {
            String name = label.group(1);
            boolean carried = TARGET_LABELS.contains(name) || names.stream().anyMatch(series -> Pattern
                    .compile("(?m)^" + series + "\\{[^}]*\\b" + name + "=").matcher(metrics).find());
            if (!carried) {
                missing.add(rule.get("alert") + ": label " + name);
            }
        }
        for (String name : names) {
            if (!Pattern.compile("(?m)^" + name + "[{ ]").matcher(metrics).find()) {
                missing.add(rule.get("alert") + ": metric " + name);
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() throws Exception {
        try (Reader reader = Files.newBufferedReader(
                RunningServices.projectDir().resolve("prometheus/lexroute-alerts.yml"))) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            List<Map<String, Object>> rules = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
            return rules;
        }
    }

    /** /q/metrics of every service, as Prometheus scrapes it: with an operator's token. */
    private static String scrapeAll(LexRouteUnderTest lexRoute) throws Exception {
        String token = DevTokens.operator("alert-rules-test");
        StringBuilder all = new StringBuilder();
        for (LexRouteService service : LexRouteService.values()) {
            HttpRequest scrape = HttpRequest.newBuilder(lexRoute.services.uri(service).resolve("/q/metrics"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();
            HttpResponse<String> response = HTTP.send(scrape, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s /q/metrics", service.module()).isEqualTo(200);
            all.append(response.body()).append('\n');
        }
        return all.toString();
    }
}
