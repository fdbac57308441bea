package io.lexroute.resolver.rulebook;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object of the rulebook, failing with a message that names the object and the field.
 * It remembers which fields were read so that a misspelt field is reported rather than silently ignored.
 */
final class RuleFields {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private final JsonNode node;
    private final String owner;
    private final Map<String, Set<String>> countryGroups;
    private final Set<String> readFields = new HashSet<>();

    RuleFields(JsonNode node, String owner, Map<String, Set<String>> countryGroups) {
        this.node = node;
        this.owner = owner;
        this.countryGroups = countryGroups;
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw error(field, "is required");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode value = read(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(field, "must be a non-blank string");
        }
        return value.asText().strip();
    }

    LocalDate requiredDate(String field) {
        LocalDate value = optionalDate(field);
        if (value == null) {
            throw error(field, "is required");
        }
        return value;
    }

    LocalDate optionalDate(String field) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, "must be an ISO date (yyyy-mm-dd), was '" + text + "'");
        }
    }

    int requiredPositiveInt(String field) {
        Integer value = optionalPositiveInt(field);
        if (value == null) {
            throw error(field, "is required");
        }
        return value;
    }

    Integer optionalPositiveInt(String field) {
        JsonNode value = read(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asInt() <= 0) {
            throw error(field, "must be a positive whole number");
        }
        return value.asInt();
    }

    boolean optionalBoolean(String field, boolean defaultValue) {
        JsonNode value = read(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw error(field, "must be true or false");
        }
        return value.asBoolean();
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return parseEnum(field, type, requiredText(field));
    }

    /** A list of enum names; {@code ["*"]} means all of them, an absent field none (or an error if required). */
    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type, boolean required) {
        Set<String> texts = textList(field, required);
        if (texts.contains(NameSet.ANY)) {
            return EnumSet.allOf(type);
        }
        Set<E> values = EnumSet.noneOf(type);
        texts.forEach(text -> values.add(parseEnum(field, type, text)));
        return values;
    }

    /** Country codes, {@code "@GROUP"} references or {@code "*"}. */
    NameSet countries(String field) {
        Set<String> texts = textList(field, true);
        if (texts.contains(NameSet.ANY)) {
            return new NameSet(Set.of(), true);
        }
        return new NameSet(expandCountries(field, texts), false);
    }

    /** Like {@link #countries}, but an absent field means any country. */
    NameSet countriesOrAny(String field) {
        if (read(field) == null) {
            return new NameSet(Set.of(), true);
        }
        return countries(field);
    }

    /** Country codes or {@code "@GROUP"} references, without a wildcard. */
    Set<String> specificCountries(String field, boolean required) {
        Set<String> texts = textList(field, required);
        if (texts.contains(NameSet.ANY)) {
            throw error(field, "must name countries; '*' is not allowed here");
        }
        return expandCountries(field, texts);
    }

    /** Provider ids (compared in lower case) or {@code "*"}. */
    NameSet providers(String field) {
        Set<String> texts = textList(field, true);
        if (texts.contains(NameSet.ANY)) {
            return new NameSet(Set.of(), true);
        }
        Set<String> ids = new LinkedHashSet<>();
        texts.forEach(text -> ids.add(text.toLowerCase(Locale.ROOT)));
        return new NameSet(ids, false);
    }

    /** Like {@link #providers}, but an absent field gives null: the rule is not limited to any provider. */
    NameSet optionalProviders(String field) {
        if (read(field) == null) {
            return null;
        }
        return providers(field);
    }

    /** Marks fields that the caller reads by other means as known. */
    void allow(String... fields) {
        readFields.addAll(Arrays.asList(fields));
    }

    void rejectUnknownFields() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!readFields.contains(name)) {
                throw error(name, "is not a field of this kind of rule");
            }
        }
    }

    InvalidRulebookException error(String field, String problem) {
        return new InvalidRulebookException("Invalid rulebook: " + owner + ", field '" + field + "' " + problem);
    }

    private Set<String> textList(String field, boolean required) {
        JsonNode value = read(field);
        if (value == null) {
            if (required) {
                throw error(field, "is required");
            }
            return Set.of();
        }
        if (!value.isArray() || (required && value.isEmpty())) {
            throw error(field, required ? "must be a non-empty list" : "must be a list");
        }
        Set<String> texts = new LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(field, "must list non-blank strings");
            }
            texts.add(item.asText().strip());
        }
        return texts;
    }

    private Set<String> expandCountries(String field, Set<String> texts) {
        Set<String> countries = new LinkedHashSet<>();
        for (String text : texts) {
            if (text.startsWith("@")) {
                Set<String> group = countryGroups.get(text.substring(1));
                if (group == null) {
                    throw error(field, "refers to unknown country group '" + text + "'");
                }
                countries.addAll(group);
            } else if (COUNTRY_CODE.matcher(text).matches()) {
                countries.add(text);
            } else {
                throw error(field, "has '" + text + "', which is not an upper-case ISO 3166-1 alpha-2 code");
            }
        }
        return countries;
    }

    private <E extends Enum<E>> E parseEnum(String field, Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(field, "has unknown value '" + text + "' (expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private JsonNode read(String field) {
        readFields.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
