package io.lexroute.resolver.rulebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates the rulebook JSON; any defect stops the load with an {@link InvalidRulebookException}. */
public final class RulebookLoader {

    public static final String DEFAULT_RESOURCE = "rulebook/rulebook.json";

    private static final Pattern VERSION = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private final ObjectMapper mapper = new ObjectMapper();

    public Rulebook loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    /** Loads a rulebook from the classpath, e.g. {@code rulebook/rulebook.json}. */
    public Rulebook loadResource(String resource) {
        try (InputStream in = RulebookLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidRulebookException("Invalid rulebook: classpath resource " + resource + " is missing");
            }
            return load(in);
        } catch (IOException e) {
            throw new InvalidRulebookException("Invalid rulebook: cannot read " + resource, e);
        }
    }

    public Rulebook load(InputStream json) throws IOException {
        return parse(readTree(json));
    }

    public Rulebook load(String json) {
        try {
            return parse(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidRulebookException("Invalid rulebook: not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode readTree(InputStream json) throws IOException {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRulebookException("Invalid rulebook: not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Rulebook parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidRulebookException("Invalid rulebook: the document must be a JSON object");
        }
        RuleFields top = new RuleFields(root, "rulebook", Map.of());
        String version = top.requiredText("version");
        if (!VERSION.matcher(version).matches()) {
            throw top.error("version", "must look like 2026.11.29-1, was '" + version + "'");
        }
        String description = top.optionalText("description");
        Map<String, Set<String>> groups = countryGroups(root.get("countryGroups"));
        top.allow("countryGroups", "sources", "rules");
        top.rejectUnknownFields();
        List<Source> sources = sources(root.get("sources"));
        List<Rule> rules = rules(root.get("rules"), groups);
        RegimeReferences.check(rules);
        return new Rulebook(version, description, sources, rules);
    }

    private Map<String, Set<String>> countryGroups(JsonNode node) {
        Map<String, Set<String>> groups = new HashMap<>();
        if (node == null) {
            return groups;
        }
        if (!node.isObject()) {
            throw new InvalidRulebookException("Invalid rulebook: field 'countryGroups' must be an object");
        }
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode wrapper = mapper.createObjectNode().set("countries", entry.getValue());
            RuleFields fields = new RuleFields(wrapper, "country group '" + entry.getKey() + "'", groups);
            groups.put(entry.getKey(), fields.specificCountries("countries", true));
        }
        return groups;
    }

    private List<Source> sources(JsonNode node) {
        List<Source> sources = new ArrayList<>();
        if (node == null) {
            return sources;
        }
        if (!node.isArray()) {
            throw new InvalidRulebookException("Invalid rulebook: field 'sources' must be a list");
        }
        int index = 0;
        for (JsonNode item : node) {
            RuleFields fields = new RuleFields(item, "source #" + index++, Map.of());
            sources.add(new Source(fields.requiredText("id"), fields.requiredText("title"),
                    fields.requiredText("reference")));
            fields.rejectUnknownFields();
        }
        return sources;
    }

    private List<Rule> rules(JsonNode node, Map<String, Set<String>> groups) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new InvalidRulebookException("Invalid rulebook: field 'rules' must be a non-empty list");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new InvalidRulebookException("Invalid rulebook: rule #" + index + " must be a JSON object");
            }
            String id = ruleId(item, index++);
            if (!ids.add(id)) {
                throw new InvalidRulebookException("Invalid rulebook: rule '" + id + "' is defined twice");
            }
            RuleFields fields = new RuleFields(item, "rule '" + id + "'", groups);
            fields.requiredText("id");
            rules.add(new RuleParser(fields).parse(id));
        }
        return rules;
    }

    private String ruleId(JsonNode rule, int index) {
        JsonNode id = rule.get("id");
        if (id == null || !id.isTextual() || !RULE_ID.matcher(id.asText()).matches()) {
            throw new InvalidRulebookException("Invalid rulebook: rule #" + index
                    + ", field 'id' must be upper-case words joined by '-', such as EU-EEVID-ISSUER");
        }
        return id.asText();
    }
}
