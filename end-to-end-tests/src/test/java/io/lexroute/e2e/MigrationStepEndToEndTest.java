package io.lexroute.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lexroute.localstack.FreePort;
import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import io.lexroute.localstack.services.SchemaMigrations;
import io.lexroute.localstack.services.ServiceProcess;
import io.lexroute.testsupport.DatabaseEndpoint;
import io.lexroute.testsupport.MigrationSchema;
import io.lexroute.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Migrations are a step of their own: each service's jar, started with QUARKUS_INIT_AND_EXIT and the schema owner's
 * login, migrates and exits; the services then run with the runtime login only, and refuse to start on a schema that
 * lacks one of their migrations.
 */
class MigrationStepEndToEndTest {

    private static final LexRouteService SERVICE = LexRouteService.DATA_LOCATOR;
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(120);

    private final DatabaseEndpoint database = TestInfrastructure.obtain().database();
    private final Path logDir = RunningServices.projectDir().resolve("end-to-end-tests/target/migration-step");

    @Test
    void theRunningServicesHoldOnlyTheRuntimeLoginAndStillDecideAnOrder() throws Exception {
        requireTwoLogins();
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/environ")), "no /proc to read a process from");
        LexRouteUnderTest lexRoute = LexRouteUnderTest.get();

        for (LexRouteService service : LexRouteService.values()) {
            long pid = lexRoute.services.get(service).pid();
            Map<String, String> environment = environmentOf(pid);
            assertThat(environment).as("%s's environment (pid %d)", service.module(), pid)
                    .containsEntry("QUARKUS_FLYWAY_USERNAME", database.runtime().username())
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", database.runtime().username())
                    .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false")
                    .containsEntry("QUARKUS_FLYWAY_VALIDATE_AT_START", "true")
                    .doesNotContainKey("QUARKUS_INIT_AND_EXIT");
            assertThat(environment.values()).as("%s's environment holds the owner's password", service.module())
                    .noneMatch(value -> value.contains(database.owner().password()));
            assertThat(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8))
                    .as("%s's command line", service.module())
                    .doesNotContain(database.owner().password());
        }

        ExampleCase story = ExampleCase.load("us-msft-ie-2016");
        lexRoute.client.putCatalog(story);
        String orderId = lexRoute.client.submit(story.order(), "runtime-login-" + UUID.randomUUID());
        JsonNode order = lexRoute.client.awaitDecision(orderId, LexRouteUnderTest.DECISION_TIMEOUT);
        assertThat(order.path("status").asText()).isEqualTo(story.expect().path("status").asText());
    }

    /**
     * A schema migrated by the step, then missing its latest migration as a schema of the release before would: the
     * service, as the runtime login, refuses to start rather than fail on a missing column later.
     */
    @Test
    void aServiceRefusesToStartOnASchemaThatLacksOneOfItsMigrations() throws Exception {
        requireTwoLogins();
        try (MigrationSchema schema = new MigrationSchema("locator_behind")) {
            Map<String, String> environment = environmentIn(schema);
            SchemaMigrations.run(RunningServices.projectDir(), List.of(SERVICE), environment, database.owner(),
                    logDir, EXIT_TIMEOUT);
            String latest = removeLatestVersionFromTheHistory(schema);

            try (ServiceProcess service = ServiceProcess.prepare(SERVICE, RunningServices.projectDir(),
                    FreePort.pick(), environment, logDir, RunningServices.JVM_OPTIONS).start()) {
                OptionalInt exit = service.awaitExit(EXIT_TIMEOUT);

                assertThat(exit).as("%s exited by itself; see %s", SERVICE.module(), service.logFile()).isPresent();
                assertThat(exit.getAsInt()).as("its exit code").isNotZero();
                assertThat(service.output()).contains("Validate failed", "not applied to database: " + latest);
            }
        }
    }

    /** A migration step that fails (here, one given the runtime login for the owner's) stops the start, saying why. */
    @Test
    void aFailedMigrationStepNamesTheServiceAndItsLog() throws Exception {
        requireTwoLogins();
        Path log = logDir.resolve(SERVICE.module() + "-migration.log");
        Files.deleteIfExists(log);
        try (MigrationSchema schema = new MigrationSchema("locator_unmigrated")) {
            assertThatThrownBy(() -> SchemaMigrations.run(RunningServices.projectDir(), List.of(SERVICE),
                    environmentIn(schema), database.runtime(), logDir, EXIT_TIMEOUT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(SERVICE.module() + "'s schema migration failed, exit code ")
                    .hasMessageContaining(log.toString());
            assertThat(Files.readString(log)).contains("permission denied");
        }
    }

    private void requireTwoLogins() {
        Assumptions.assumeTrue(database.separatesOwnerAndRuntime(),
                "the test database has one login for the migration step and the services: nothing to keep apart");
    }

    /**
     * What the service is told when it runs (the runtime login), with {@code schema} for its own, and a consumer group
     * of its own in case it ever started: it takes no other test's records.
     */
    private Map<String, String> environmentIn(MigrationSchema schema) {
        TestInfrastructure infrastructure = TestInfrastructure.obtain();
        Map<String, String> environment = new HashMap<>(RunningServices.environment(
                infrastructure.kafkaBootstrapServers(), database.jdbcUrl(), logDir.resolve("packages")));
        environment.putAll(RunningServices.runtimeLogin(database.runtime()));
        environment.put("QUARKUS_FLYWAY_SCHEMAS", schema.name());
        environment.put("QUARKUS_FLYWAY_DEFAULT_SCHEMA", schema.name());
        environment.put("MP_MESSAGING_INCOMING_ORDER_ASSESSED_GROUP_ID", "migration-step-" + UUID.randomUUID());
        return environment;
    }

    /** Deletes the history row of the latest versioned migration, as the owner; its version. */
    private static String removeLatestVersionFromTheHistory(MigrationSchema schema) throws SQLException {
        String history = schema.name() + ".flyway_schema_history";
        try (Connection owner = schema.connect(); Statement sql = owner.createStatement()) {
            String latest;
            try (ResultSet row = sql.executeQuery("select version from " + history
                    + " where version is not null order by installed_rank desc limit 1")) {
                assertThat(row.next()).as("a migrated version in %s", history).isTrue();
                latest = row.getString(1);
            }
            assertThat(sql.executeUpdate("delete from " + history + " where version = '" + latest + "'")).isOne();
            return latest;
        }
    }

    /** /proc/{pid}/environ: NAME=value entries separated by NUL characters. */
    private static Map<String, String> environmentOf(long pid) throws Exception {
        String environ = Files.readString(Path.of("/proc", Long.toString(pid), "environ"), StandardCharsets.UTF_8);
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : environ.split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }
}
