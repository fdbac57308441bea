package io.lexroute.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the operations of an OpenAPI document that do not say what they answer on success: every operation needs a
 * 2xx response, and every 2xx response that has a body needs a schema for each of its media types. A 204 has no body
 * by definition; any other bodiless success must be listed by the caller as "METHOD path code".
 */
public final class OpenApiDocuments {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiDocuments() {
    }

    public static List<String> undocumentedSuccesses(JsonNode document, Set<String> bodilessSuccesses) {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    String operation = op.getKey().toUpperCase() + " " + path.getKey();
                    problems.addAll(check(operation, op.getValue().path("responses"), bodilessSuccesses));
                }
            }
        }
        return problems;
    }

    private static List<String> check(String operation, JsonNode responses, Set<String> bodilessSuccesses) {
        List<String> problems = new ArrayList<>();
        boolean anySuccess = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            String code = response.getKey();
            if (!code.startsWith("2")) {
                continue;
            }
            anySuccess = true;
            JsonNode content = response.getValue().path("content");
            if (content.isEmpty()) {
                if (!code.equals("204") && !bodilessSuccesses.contains(operation + " " + code)) {
                    problems.add(operation + " " + code + " has no documented body");
                }
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
                Map.Entry<String, JsonNode> type = media.next();
                if (type.getValue().path("schema").isEmpty()) {
                    problems.add(operation + " " + code + " " + type.getKey() + " has no schema");
                }
            }
        }
        if (!anySuccess) {
            problems.add(operation + " documents no 2xx response");
        }
        return problems;
    }
}
