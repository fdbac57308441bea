package io.lexroute.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One example order with the catalog it needs and the outcome a correct LexRoute reaches (the project's acceptance
 * cases, shipped as resources under {@code cases/}).
 */
public record ExampleCase(String id, String story, JsonNode catalog, JsonNode order, JsonNode expect) {

    public static final List<String> ALL = List.of(
            "be-skype-2017",
            "us-msft-ie-2016",
            "eevid-subscriber-2026",
            "eevid-content-prosecutor-2026",
            "eevid-content-notify-2026",
            "data-not-held");

    /** The seed's two stories: the Belgian Skype order and the US warrant for mail stored in Ireland. */
    public static final List<String> STORIES = List.of("be-skype-2017", "us-msft-ie-2016");

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ExampleCase load(String id) {
        try (InputStream in = ExampleCase.class.getResourceAsStream("/cases/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no example case " + id);
            }
            JsonNode root = JSON.readTree(in);
            return new ExampleCase(root.path("id").asText(), root.path("story").asText(), root.path("catalog"),
                    root.path("order"), root.path("expect"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String externalReference() {
        return order.path("externalReference").asText();
    }
}
