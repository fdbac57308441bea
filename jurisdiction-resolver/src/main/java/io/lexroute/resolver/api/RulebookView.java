package io.lexroute.resolver.api;

import io.lexroute.resolver.rulebook.Source;

import java.util.List;
import java.util.Map;

/** The rulebook as the legal team reads it: one flat JSON object per rule, in the shape of the rulebook file. */
public record RulebookView(String version, String description, List<Source> sources, List<Map<String, Object>> rules) {
}
