package io.lexroute.resolver.domain;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The parts of an order the rules look at, with country codes upper-cased and provider ids lower-cased. */
record OrderFacts(
        LocalDate lawDate,
        Instrument instrument,
        String issuingCountry,
        AuthorityType authorityType,
        AuthorityType validatorType,
        String provider,
        String residenceCountry,
        boolean emergency,
        Order.Offence offence,
        List<DataCategory> dataCategories) {

    static OrderFacts of(Order order) {
        Objects.requireNonNull(order, "order");
        if (order.issuedAt() == null) {
            throw new IllegalArgumentException("order.issuedAt is required: the law in force on that date applies");
        }
        Order.IssuingAuthority authority = order.issuingAuthority();
        return new OrderFacts(
                order.issuedAt(),
                order.instrument(),
                authority == null ? null : upper(authority.country()),
                authority == null ? null : authority.type(),
                authority == null || authority.validatedBy() == null ? null : authority.validatedBy().type(),
                order.provider() == null ? null : order.provider().strip().toLowerCase(Locale.ROOT),
                order.subject() == null ? null : upper(order.subject().residenceCountry()),
                order.emergency(),
                order.offence(),
                order.dataCategories() == null
                        ? List.of()
                        : order.dataCategories().stream().filter(Objects::nonNull).distinct().toList());
    }

    private static String upper(String country) {
        return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
