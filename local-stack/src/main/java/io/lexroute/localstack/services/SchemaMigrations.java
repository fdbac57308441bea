package io.lexroute.localstack.services;

import io.lexroute.localstack.DatabaseLogin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The migration step that comes before the services start, as a deployment runs it: each service's own fast-jar,
 * started with {@code QUARKUS_INIT_AND_EXIT=true} and the schema owner's login, runs its init tasks (Flyway's
 * migrate-at-start, with the callbacks that grant the runtime login what it needs) and exits, 0 once its schema is
 * migrated, non-zero when the migration failed. The services themselves then run with the runtime login only: they
 * validate their schema at start and never hold the owner's password.
 *
 * <p>About half of a step's time is waiting: once the migration is done, Quarkus 3.33.2's init-and-exit asks for the
 * application's exit and gives it 5 s, which it cannot use while the start still runs, and then exits 0 (measured in
 * the steps' logs: the last callback, then "stopped" 5.0-5.2 s later).
 */
public final class SchemaMigrations {

    /**
     * The services' options, and C1 alone: a step's JVM lives a few seconds, too short for C2's compilations to pay
     * off. Four steps at once on 2 cores took 8.9-9.0 s so, against 9.8-10.2 s with the services' options alone (two
     * runs each, 7 December).
     */
    static final List<String> JVM_OPTIONS = Stream.concat(RunningServices.JVM_OPTIONS.stream(),
            Stream.of("-XX:TieredStopAtLevel=1")).toList();

    private SchemaMigrations() {
    }

    /**
     * Migrates the schemas of {@code services} at once, each service's step a JVM of its own with {@code environment}
     * (what the service is told when it runs) and the owner's login, and waits until every step has exited, for at
     * most {@code timeout} in all.
     *
     * @return how long the steps took together
     * @throws IllegalStateException naming each service whose step failed or did not end in time, with its log file
     */
    public static Duration run(Path projectDir, Collection<LexRouteService> services,
            Map<String, String> environment, DatabaseLogin owner, Path logDir, Duration timeout)
            throws IOException, InterruptedException {
        Map<String, String> migrationEnvironment = new HashMap<>(environment);
        migrationEnvironment.putAll(RunningServices.migrationLogin(owner));
        Instant begin = Instant.now();
        Instant deadline = begin.plus(timeout);
        List<ServiceProcess> steps = new CopyOnWriteArrayList<>();
        // A run stopped (Ctrl-C) while migrating must not leave a migration JVM behind.
        Thread stopSteps = new Thread(() -> ServiceProcess.closeAll(steps, Duration.ofSeconds(5)),
                "schema-migrations-stop");
        Runtime.getRuntime().addShutdownHook(stopSteps);
        List<String> failures = new ArrayList<>();
        try {
            for (LexRouteService service : services) {
                steps.add(ServiceProcess.prepareMigration(service, projectDir, migrationEnvironment, logDir,
                        JVM_OPTIONS).start());
            }
            for (ServiceProcess step : steps) {
                Duration left = Duration.between(Instant.now(), deadline);
                OptionalInt exit = step.awaitExit(left.isNegative() ? Duration.ZERO : left);
                if (exit.isEmpty()) {
                    failures.add(String.format("%s's schema migration had not ended after %d s (see %s)",
                            step.service().module(), timeout.toSeconds(), step.logFile()));
                } else if (exit.getAsInt() != 0) {
                    failures.add(String.format("%s's schema migration failed, exit code %d (see %s)",
                            step.service().module(), exit.getAsInt(), step.logFile()));
                }
            }
        } finally {
            ServiceProcess.closeAll(steps, Duration.ofSeconds(5));
            try {
                Runtime.getRuntime().removeShutdownHook(stopSteps);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is stopping them
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
        return Duration.between(begin, Instant.now());
    }
}
