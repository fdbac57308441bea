package io.lexroute.gateway.support;

import io.restassured.path.json.JsonPath;
import java.util.Optional;

/** A provider's open release and preservation tasks, read through the provider API. */
public final class ProviderTasks {

    public static final String TASKS = "/api/v1/providers/{provider}/release-tasks";
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

    private static JsonPath open(String path, String provider, int expected, String what) {
        return Pipeline.eventually(() -> {
            JsonPath tasks = As.provider(provider).when().get(path + "?status=OPEN", provider)
                    .then().statusCode(200).extract().jsonPath();
            return tasks.getList("$").size() == expected ? Optional.of(tasks) : Optional.empty();
        }, expected + " " + what + " of " + provider);
    }
}
