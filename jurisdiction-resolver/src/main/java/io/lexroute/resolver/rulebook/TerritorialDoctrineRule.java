package io.lexroute.resolver.rulebook;

import io.lexroute.contracts.Assessment.TerritorialDoctrine;

import java.util.Set;
import java.util.TreeSet;

/**
 * Where the regime considers the data to be. Under {@link TerritorialDoctrine#STORAGE_LOCATION} only data stored in
 * the reachable countries can be served; elsewhere the order is redirected with {@code outsideReachCode}.
 *
 * @param providers             the providers the doctrine holds for (a judgment about one provider); null when it
 *                              holds for every order, whatever provider it names or if it names none
 * @param reachableCountries    countries the order reaches whoever issued it
 * @param issuingStateReachable the issuing State's own territory is reachable too
 * @param reviewWhereReachable  questions the rulebook leaves open (is the provider bound, is the authority
 *                              competent) send only the reachable countries to legal review, because the order is
 *                              redirected everywhere else whatever their answer
 */
public record TerritorialDoctrineRule(
        RuleHeader header,
        Scope scope,
        NameSet providers,
        TerritorialDoctrine doctrine,
        Set<String> reachableCountries,
        boolean issuingStateReachable,
        boolean reviewWhereReachable,
        String outsideReachCode) implements Rule {

    public TerritorialDoctrineRule {
        reachableCountries = Set.copyOf(reachableCountries);
    }

    public boolean holdsFor(String provider) {
        return providers == null || providers.contains(provider);
    }

    public boolean isStorageLocation() {
        return doctrine == TerritorialDoctrine.STORAGE_LOCATION;
    }

    /** The countries an order issued in {@code issuingCountry} reaches, in a stable order. */
    public Set<String> reachableFrom(String issuingCountry) {
        Set<String> reachable = new TreeSet<>(reachableCountries);
        if (issuingStateReachable && issuingCountry != null) {
            reachable.add(issuingCountry);
        }
        return reachable;
    }
}
