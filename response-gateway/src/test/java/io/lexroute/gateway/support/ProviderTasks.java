package io.lexroute.gateway.support;

import io.restassured.path.json.JsonPath;
import java.util.Optional;

/** A provider's open release tasks, read through the provider API. */
public final class ProviderTasks {

    public static final String TASKS = "/api/v1/providers/{provider}/release-tasks";

    private ProviderTasks() {
    }

    /** Waits until the provider has exactly {@code expected} open tasks, and returns them. */
    public static JsonPath open(String provider, int expected) {
        return Pipeline.eventually(() -> {
            JsonPath tasks = As.provider(provider).when().get(TASKS + "?status=OPEN", provider)
                    .then().statusCode(200).extract().jsonPath();
            return tasks.getList("$").size() == expected ? Optional.of(tasks) : Optional.empty();
        }, expected + " open task(s) of " + provider);
    }

    /** The id of the task for {@code category} among {@code tasks}. */
    public static String idOf(JsonPath tasks, String category) {
        return tasks.getString("find { it.dataCategory == '" + category + "' }.id");
    }
}
