package io.lexroute.locator.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A provider's account as the provider describes it in the catalog. */
public record Account(String provider, String accountId, List<Identifier> identifiers, List<Location> locations) {

    public Account {
        identifiers = List.copyOf(identifiers);
        locations = List.copyOf(locations);
    }

    /** Entries that repeat an earlier one of the same account; each names the offending field. */
    public List<Violation> duplicates() {
        List<Violation> violations = new ArrayList<>();
        Map<IdentifierKey, Integer> seenIdentifiers = new HashMap<>();
        for (int i = 0; i < identifiers.size(); i++) {
            Integer first = seenIdentifiers.putIfAbsent(identifiers.get(i).key(), i);
            if (first != null) {
                violations.add(new Violation("identifiers[" + i + "]",
                        "repeats identifiers[" + first + "]"));
            }
        }
        Map<String, Integer> seenLocations = new HashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            Integer first = seenLocations.putIfAbsent(locations.get(i).key(), i);
            if (first != null) {
                violations.add(new Violation("locations[" + i + "]",
                        "repeats the data category, country and site of locations[" + first + "]"));
            }
        }
        return violations;
    }
}
