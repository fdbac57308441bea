package io.lexroute.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.LexRouteTopics;
import io.lexroute.localstack.services.RunningServices;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml, checked without a Docker engine (there is none where the tests run): its structure, and that
 * every build, image, port, variable, topic and mounted file it names exists in the project. Each test lists all the
 * problems it finds, so one run shows everything to fix.
 */
class DockerComposeFileTest {

    private static final Path PROJECT = RunningServices.projectDir();
    private static final Path COMPOSE_FILE = PROJECT.resolve("docker-compose.yml");
    private static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    private static final Path SHARED_CONFIG =
            PROJECT.resolve("access-control/src/main/resources/META-INF/microprofile-config.properties");
    /**
     * Variables the services read that are no key of their properties files: Quarkus reads QUARKUS_PROFILE itself to
     * choose the profile, and QUARKUS_INIT_AND_EXIT to run its init tasks (Flyway's migration) and exit. (Variables a
     * Dockerfile.jvm expands, like JAVA_OPTS, are read from the Dockerfile.)
     */
    private static final Set<String> WELL_KNOWN_VARIABLES = Set.of("QUARKUS_PROFILE", "QUARKUS_INIT_AND_EXIT");
    /** A service's migration step is the service named so: {@code request-intake-migration}. */
    private static final String MIGRATION_STEP = "-migration";
    private static final Set<String> FLOATING_TAGS = Set.of("latest", "main", "master");
    private static final Pattern DOCKERFILE_VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    private static Map<String, Map<String, Object>> services;
    private static Map<String, Object> namedVolumes;
    /** The module folders with a Dockerfile.jvm: the services the project ships. */
    private static List<String> projectServices;

    @BeforeAll
    static void readComposeFile() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(COMPOSE_FILE)) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        services = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, definition) -> services.put(name, map(definition)));
        namedVolumes = map(compose.get("volumes"));
        try (Stream<Path> folders = Files.list(PROJECT)) {
            projectServices = folders.filter(folder -> Files.isRegularFile(folder.resolve(DOCKERFILE)))
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList();
        }
        assertThat(projectServices).as("module folders with a %s", DOCKERFILE)
                .contains("request-intake", "jurisdiction-resolver", "data-locator", "response-gateway");
    }

    @Test
    void everyServiceOfTheProjectRunsInTheFileWithKafkaPostgresAndAKafkaUi() {
        assertThat(services).containsKeys(projectServices.toArray(String[]::new));
        assertThat(services.get("kafka")).as("kafka").extractingByKey("image").asString().startsWith("apache/kafka:");
        assertThat(map(services.get("kafka").get("environment"))).as("kafka runs in KRaft mode")
                .containsKey("KAFKA_PROCESS_ROLES");
        assertThat(services.get("postgres")).as("postgres").extractingByKey("image").asString()
                .startsWith("postgres:");
        Object broker = environment(services.get(projectServices.get(0))).get("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(services.values()).as("a Kafka web UI pointing at the services' broker %s", broker)
                .anySatisfy(service -> assertThat(environment(service))
                        .containsEntry("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS", broker));
    }

    @Test
    void eachServiceIsBuiltFromItsModuleDockerfile() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            if (!service.containsKey("build")) {
                return;
            }
            Map<String, Object> build = map(service.get("build"));
            Path context = PROJECT.resolve(String.valueOf(build.get("context"))).normalize();
            Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
            if (!Files.isDirectory(context)) {
                problems.add(name + ": build context " + context + " is no folder");
            }
            if (!Files.isRegularFile(dockerfile)) {
                problems.add(name + ": dockerfile " + dockerfile + " does not exist");
            }
        });
        for (String module : projectServices) {
            Object build = services.getOrDefault(module, Map.of()).get("build");
            if (build == null || !PROJECT.resolve(String.valueOf(map(build).get("context"))).normalize()
                    .equals(PROJECT.resolve(module))) {
                problems.add(module + ": not built from its module folder ./" + module);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyImageIsPinnedToATag() throws IOException {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            if (service.get("image") == null && !service.containsKey("build")) {
                problems.add(name + ": neither an image nor a build");
            }
            if (service.get("image") != null) {
                floatingImage(String.valueOf(service.get("image")))
                        .ifPresent(image -> problems.add(name + ": " + image));
            }
        });
        for (String module : projectServices) {
            for (String line : Files.readAllLines(dockerfile(module))) {
                String[] words = line.trim().split("\\s+");
                if (words[0].equalsIgnoreCase("FROM")) {
                    floatingImage(words[1]).ifPresent(image -> problems.add(module + " " + DOCKERFILE + ": " + image));
                }
            }
        }
        assertThat(problems).as("images without a fixed tag").isEmpty();
    }

    @Test
    void eachServicePublishesItsHttpPortAndChecksItsReadiness() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : projectServices) {
            Map<String, Object> service = services.get(module);
            String port = serviceProperties(module).getProperty("quarkus.http.port");
            List<String[]> published = list(service.get("ports")).stream().map(DockerComposeFileTest::port).toList();
            if (published.stream().noneMatch(mapping -> port.equals(mapping[0]) && port.equals(mapping[1]))) {
                problems.add(module + ": quarkus.http.port is " + port + " but the published ports are "
                        + published.stream().map(mapping -> mapping[0] + "->" + mapping[1]).toList());
            }
            if (!Files.readString(dockerfile(module)).contains("EXPOSE " + port)) {
                problems.add(module + ": its Dockerfile.jvm does not EXPOSE " + port);
            }
            String check = String.join(" ", healthCheck(service).map(DockerComposeFileTest::strings).orElse(List.of()));
            if (!check.contains("localhost:" + port + "/q/health/ready")) {
                problems.add(module + ": health check '" + check + "' does not ask localhost:" + port
                        + "/q/health/ready");
            }
        }
        for (String infrastructure : List.of("kafka", "postgres")) {
            if (healthCheck(services.get(infrastructure)).isEmpty()) {
                problems.add(infrastructure + ": no health check");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyVariableGivenToAServiceIsConfigurationItReads() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : projectServices) {
            Set<String> readable = new HashSet<>(WELL_KNOWN_VARIABLES);
            for (Properties properties : List.of(serviceProperties(module), properties(SHARED_CONFIG))) {
                for (String key : properties.stringPropertyNames()) {
                    String name = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
                    readable.add(name);
                    readable.add(environmentName(name));
                }
            }
            Matcher expanded = DOCKERFILE_VARIABLE.matcher(Files.readString(dockerfile(module)));
            while (expanded.find()) {
                readable.add(expanded.group(1));
            }
            for (String name : List.of(module, module + MIGRATION_STEP)) {
                Set<String> unknown = new TreeSet<>(environment(services.getOrDefault(name, Map.of())).keySet());
                unknown.removeAll(readable);
                if (!unknown.isEmpty()) {
                    problems.add(name + ": " + module + " reads no configuration named " + unknown);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Only a one-shot step of the service's own image holds the schema owner's login: it migrates (Quarkus's
     * init-and-exit) and exits, and the service starts once it has completed, with the runtime login only, validating
     * its schema instead of migrating it.
     */
    @Test
    void eachServiceIsMigratedByAOneShotStepAndRunsWithTheRuntimeLoginOnly() {
        List<String> problems = new ArrayList<>();
        for (String module : projectServices) {
            String stepName = module + MIGRATION_STEP;
            Map<String, Object> step = services.get(stepName);
            if (step == null) {
                problems.add(module + ": no migration step " + stepName);
                continue;
            }
            Map<String, Object> service = services.get(module);
            Map<String, Object> stepEnvironment = environment(step);
            Map<String, Object> serviceEnvironment = environment(service);
            String runtimeLogin = String.valueOf(serviceEnvironment.get("QUARKUS_DATASOURCE_USERNAME"));
            String ownerLogin = String.valueOf(stepEnvironment.get("QUARKUS_FLYWAY_USERNAME"));
            Object ownerPassword = stepEnvironment.get("QUARKUS_FLYWAY_PASSWORD");

            expect(problems, stepName + ": image", step.get("image"), service.get("image"));
            expect(problems, stepName + ": build", step.get("build"), service.get("build"));
            expect(problems, stepName + ": QUARKUS_INIT_AND_EXIT", stepEnvironment.get("QUARKUS_INIT_AND_EXIT"),
                    "true");
            expect(problems, stepName + ": QUARKUS_FLYWAY_MIGRATE_AT_START",
                    stepEnvironment.getOrDefault("QUARKUS_FLYWAY_MIGRATE_AT_START", "true"), "true");
            expect(problems, stepName + ": the login it grants to (QUARKUS_DATASOURCE_USERNAME)",
                    stepEnvironment.get("QUARKUS_DATASOURCE_USERNAME"), runtimeLogin);
            if (ownerPassword == null || ownerLogin.equals(runtimeLogin)) {
                problems.add(stepName + ": migrates as " + ownerLogin + ", not as an owner other than the runtime "
                        + "login " + runtimeLogin + " with its password");
            }
            if (!String.valueOf(step.getOrDefault("restart", "no")).equals("no")) {
                problems.add(stepName + ": restarts (" + step.get("restart") + "), so it never completes");
            }
            expect(problems, stepName + ": waits for postgres", dependencies(step).get("postgres"),
                    "service_healthy");

            expect(problems, module + ": waits for " + stepName, dependencies(service).get(stepName),
                    "service_completed_successfully");
            expect(problems, module + ": QUARKUS_FLYWAY_USERNAME", serviceEnvironment.get("QUARKUS_FLYWAY_USERNAME"),
                    runtimeLogin);
            expect(problems, module + ": QUARKUS_FLYWAY_PASSWORD", serviceEnvironment.get("QUARKUS_FLYWAY_PASSWORD"),
                    serviceEnvironment.get("QUARKUS_DATASOURCE_PASSWORD"));
            expect(problems, module + ": QUARKUS_FLYWAY_MIGRATE_AT_START",
                    serviceEnvironment.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), "false");
            expect(problems, module + ": QUARKUS_FLYWAY_VALIDATE_AT_START",
                    serviceEnvironment.get("QUARKUS_FLYWAY_VALIDATE_AT_START"), "true");
            serviceEnvironment.forEach((name, value) -> {
                if (ownerPassword != null && String.valueOf(value).contains(String.valueOf(ownerPassword))) {
                    problems.add(module + ": " + name + " holds the owner's password");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** Adds a problem unless {@code actual} is {@code expected} (YAML's true and "true" alike). */
    private static void expect(List<String> problems, String what, Object actual, Object expected) {
        if (!String.valueOf(actual).equals(String.valueOf(expected))) {
            problems.add(what + " is " + actual + ", not " + expected);
        }
    }

    @Test
    void eachServiceTrustsAMountedPublicKey() {
        for (String module : projectServices) {
            Map<String, Object> service = services.get(module);
            String location = String.valueOf(environment(service).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            assertThat(list(service.get("volumes")).stream().map(DockerComposeFileTest::volume))
                    .as("%s: MP_JWT_VERIFY_PUBLICKEY_LOCATION=%s is a file mounted from the project", module, location)
                    .anySatisfy(volume -> {
                        assertThat(volume[1]).isEqualTo(location);
                        assertThat(PROJECT.resolve(volume[0])).isRegularFile();
                    });
        }
    }

    @Test
    void everyDependencyExistsAndIsHealthCheckedWhenAServiceWaitsForItsHealth() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> dependencies(service).forEach((target, condition) -> {
            if (!services.containsKey(target)) {
                problems.add(name + " depends on " + target + ", which is no service of the file");
            } else if ("service_healthy".equals(condition) && healthCheck(services.get(target)).isEmpty()) {
                problems.add(name + " waits until " + target + " is healthy, but " + target + " has no health check");
            }
        }));
        for (String module : projectServices) {
            Map<String, String> dependencies = dependencies(services.get(module));
            if (!"service_healthy".equals(dependencies.get("kafka"))
                    || !"service_healthy".equals(dependencies.get("postgres"))) {
                problems.add(module + " starts without waiting for a healthy Kafka and PostgreSQL: " + dependencies);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMountedHostFileExistsAndEveryNamedVolumeIsDeclared() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> list(service.get("volumes")).stream()
                .map(DockerComposeFileTest::volume)
                .forEach(volume -> {
                    boolean hostPath = volume[0].startsWith(".") || volume[0].startsWith("/");
                    if (hostPath && !Files.exists(PROJECT.resolve(volume[0]))) {
                        problems.add(name + ": mounts " + volume[0] + ", which does not exist");
                    } else if (!hostPath && !namedVolumes.containsKey(volume[0])) {
                        problems.add(name + ": volume " + volume[0] + " is not declared under volumes:");
                    }
                }));
        assertThat(problems).isEmpty();
    }

    /** The broker does not create topics on first use, so every topic a service names must be created up front. */
    @Test
    void theOrderTopicsAndTheirDeadLetterTwinsAreCreatedBeforeAnyServiceStarts() throws IOException {
        Map.Entry<String, Map<String, Object>> initializer = services.entrySet().stream()
                .filter(service -> String.valueOf(service.getValue().get("command")).contains("kafka-topics.sh"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service runs kafka-topics.sh --create"));
        List<String> words = Arrays.asList(String.valueOf(initializer.getValue().get("command")).split("[\\s\"';]+"));
        assertThat(words).as("topics created by %s", initializer.getKey())
                .containsAll(LexRouteTopics.all())
                .containsSequence("--partitions", String.valueOf(LexRouteTopics.PARTITIONS))
                .as("the dead-letter twins keep their records as LexRouteTopics creates them")
                .contains("*.dlq)", "/opt/kafka/bin/kafka-configs.sh")
                .containsSequence("--alter", "--entity-type", "topics")
                .containsSequence("--add-config", "retention.ms=-1");
        for (String module : projectServices) {
            Properties properties = serviceProperties(module);
            List<String> named = properties.stringPropertyNames().stream()
                    .filter(key -> key.endsWith(".topic"))
                    .map(properties::getProperty)
                    .toList();
            assertThat(words).as("topics %s reads or dead-letters to", module).containsAll(named);
            assertThat(dependencies(services.get(module))).as("%s waits for the topics", module)
                    .containsEntry(initializer.getKey(), "service_completed_successfully");
        }
    }

    private static Optional<String> floatingImage(String image) {
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        if (lastPart.contains("@sha256:")) {
            return Optional.empty();
        }
        int colon = lastPart.indexOf(':');
        if (colon < 0 || FLOATING_TAGS.contains(lastPart.substring(colon + 1))) {
            return Optional.of(image);
        }
        return Optional.empty();
    }

    /** The MicroProfile Config environment name of a property: non-alphanumerics become '_', then upper case. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** {published, target} of a ports entry, short ("[ip:]8081:8081[/tcp]") or long syntax. */
    private static String[] port(Object entry) {
        if (entry instanceof Map<?, ?> longSyntax) {
            return new String[] {String.valueOf(longSyntax.get("published")), String.valueOf(longSyntax.get("target"))};
        }
        String[] parts = String.valueOf(entry).replaceFirst("/\\w+$", "").split(":");
        return new String[] {parts.length > 1 ? parts[parts.length - 2] : "", parts[parts.length - 1]};
    }

    /** {source, target} of a volumes entry, short ("source:target[:mode]") or long syntax. */
    private static String[] volume(Object entry) {
        if (entry instanceof Map<?, ?> longSyntax) {
            return new String[] {String.valueOf(longSyntax.get("source")), String.valueOf(longSyntax.get("target"))};
        }
        String[] parts = String.valueOf(entry).split(":");
        return new String[] {parts[0], parts.length > 1 ? parts[1] : parts[0]};
    }

    private static Optional<Object> healthCheck(Map<String, Object> service) {
        Map<String, Object> check = map(service.get("healthcheck"));
        if (Boolean.TRUE.equals(check.get("disable")) || check.get("test") == null
                || strings(check.get("test")).equals(List.of("NONE"))) {
            return Optional.empty();
        }
        return Optional.of(check.get("test"));
    }

    /** depends_on as target -> condition; the list form means service_started. */
    private static Map<String, String> dependencies(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        Map<String, String> dependencies = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> targets) {
            targets.forEach(target -> dependencies.put(String.valueOf(target), "service_started"));
        } else {
            map(dependsOn).forEach((target, options) -> dependencies.put(target,
                    String.valueOf(map(options).getOrDefault("condition", "service_started"))));
        }
        return dependencies;
    }

    /** environment as a map, from either the map or the list ("NAME=value") form. */
    private static Map<String, Object> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        if (environment instanceof List<?> entries) {
            Map<String, Object> variables = new LinkedHashMap<>();
            entries.forEach(entry -> {
                String[] parts = String.valueOf(entry).split("=", 2);
                variables.put(parts[0], parts.length > 1 ? parts[1] : null);
            });
            return variables;
        }
        return map(environment);
    }

    private static Properties serviceProperties(String module) throws IOException {
        return properties(PROJECT.resolve(module).resolve("src/main/resources/application.properties"));
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path dockerfile(String module) {
        return PROJECT.resolve(module).resolve(DOCKERFILE);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> items
                ? items.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }
}
