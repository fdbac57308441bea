package io.lexroute.gateway.support;

import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.util.Optional;

/**
 * A provider's release and preservation tasks, read and answered through the provider API; and orders brought to
 * the point where their provider uploads a package: sent as located, decided, their release task found.
 */
public final class ProviderTasks {

    public static final String TASKS = "/api/v1/providers/{provider}/release-tasks";
    public static final String PACKAGE = TASKS + "/{taskId}/package";
    public static final String PRESERVATION_TASKS = "/api/v1/providers/{provider}/preservation-tasks";

    private ProviderTasks() {
    }

    /** Waits until the provider has exactly {@code expected} open release tasks, and returns them. */
    public static JsonPath open(String provider, int expected) {
        return open(TASKS, provider, expected, "open release task(s)");
    }

    /** Waits until the provider has exactly {@code expected} open preservation tasks, and returns them. */
    public static JsonPath openPreservations(String provider, int expected) {
        return open(PRESERVATION_TASKS, provider, expected, "open preservation task(s)");
    }

    /** The id of the task for {@code category} among {@code tasks}. */
    public static String idOf(JsonPath tasks, String category) {
        return tasks.getString("find { it.dataCategory == '" + category + "' }.id");
    }

    /** The id of the provider's one held release task, as listed now: fails unless there is exactly one. */
    public static String heldTask(String provider) {
        return As.provider(provider).when().get(TASKS + "?status=HELD", provider)
                .then().statusCode(200).body("$", hasSize(1)).extract().path("[0].id");
    }

    /**
     * Sends {@code order} as located, waits for its first decision, and returns the id of its provider's one open
     * release task, the one for {@code category}.
     */
    public static String openTaskOnceDecided(Pipeline pipeline, LocatedOrders order, String category) {
        pipeline.send(order.build());
        pipeline.awaitDecided(order.orderId(), 1);
        return idOf(open(order.provider(), 1), category);
    }

    /** Sends {@code order} as located, waits for its first decision, and returns the id of its one held task. */
    public static String heldTaskOnceDecided(Pipeline pipeline, LocatedOrders order) {
        pipeline.send(order.build());
        pipeline.awaitDecided(order.orderId(), 1);
        return heldTask(order.provider());
    }

    /** Uploads {@code csv} as the task's package, which must be accepted (201), and returns the package's id. */
    public static String uploadCsv(String provider, String task, byte[] csv) {
        return As.provider(provider).contentType("text/csv").body(csv)
                .when().put(PACKAGE, provider, task)
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Brings {@code order} to its package: sent as located and decided, {@code csv} uploaded (and accepted) for its
     * one open release task, the one for {@code category}. Returns the package's id.
     */
    public static String uploadCsvOnceDecided(Pipeline pipeline, LocatedOrders order, String category, byte[] csv) {
        return uploadCsv(order.provider(), openTaskOnceDecided(pipeline, order, category), csv);
    }

    private static JsonPath open(String path, String provider, int expected, String what) {
        return Pipeline.eventually(() -> {
            JsonPath tasks = As.provider(provider).when().get(path + "?status=OPEN", provider)
                    .then().statusCode(200).extract().jsonPath();
            return tasks.getList("$").size() == expected ? Optional.of(tasks) : Optional.empty();
        }, expected + " " + what + " of " + provider);
    }
}
