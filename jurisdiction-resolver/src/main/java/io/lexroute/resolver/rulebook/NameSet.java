package io.lexroute.resolver.rulebook;

import java.util.List;
import java.util.Set;

/** A set of country codes or provider ids, where {@code "*"} stands for any (but never for a missing one). */
public record NameSet(Set<String> names, boolean any) {

    public static final String ANY = "*";

    public NameSet {
        names = Set.copyOf(names);
    }

    public boolean contains(String name) {
        return name != null && (any || names.contains(name));
    }

    public boolean isSpecific() {
        return !any;
    }

    /** The names in a stable order, or {@code ["*"]}. */
    public List<String> sorted() {
        return any ? List.of(ANY) : names.stream().sorted().toList();
    }
}
