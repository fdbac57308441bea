package io.lexroute.gateway.domain;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Order;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The grounds the gateway states itself, where the assessment gives none that fits. */
public final class Grounds {

    public static final String DATA_NOT_HELD = "DATA_NOT_HELD";
    public static final String NO_APPLICABLE_RULE = "NO_APPLICABLE_RULE";
    public static final String MUTUAL_LEGAL_ASSISTANCE = "MUTUAL_LEGAL_ASSISTANCE";

    private static final String ANNEX_III_NOT_STORED =
            "Regulation (EU) 2023/1543, Annex III (data not stored at the time of receipt)";
    private static final String NOT_HELD = "No data held by the provider for this category";

    private Grounds() {
    }

    /** Under Regulation 2023/1543 "data not stored" is one of the Annex III reasons for not executing an order. */
    public static Ground dataNotHeld(Instrument instrument, DataCategory category, List<Order.Target> unmatched) {
        boolean europeanOrder = instrument == Instrument.EPOC || instrument == Instrument.EPOC_PR;
        String reason = "The provider holds no " + plain(category) + " data for the accounts the order names";
        if (unmatched != null && !unmatched.isEmpty()) {
            reason += "; no account matches " + unmatched.stream()
                    .map(target -> target.type() + " " + target.value())
                    .collect(Collectors.joining(", "));
        }
        return new Ground(DATA_NOT_HELD, europeanOrder ? ANNEX_III_NOT_STORED : NOT_HELD, reason + ".");
    }

    public static Ground noApplicableRule(DataCategory category, String rulebookVersion) {
        return new Ground(NO_APPLICABLE_RULE, rulebookVersion == null ? "Rulebook" : "Rulebook " + rulebookVersion,
                "No rule of the rulebook decides the order for " + plain(category)
                        + " data; a legal reviewer must decide.");
    }

    /** Used when the assessment names no channel for a country that the order cannot reach directly. */
    public static Ground mutualLegalAssistance(String country) {
        return new Ground(MUTUAL_LEGAL_ASSISTANCE, "Mutual legal assistance with " + country,
                "The order cannot be served directly for data stored in " + country
                        + "; the issuing authority can request it from " + country
                        + " through mutual legal assistance.");
    }

    private static String plain(DataCategory category) {
        return category.name().toLowerCase(Locale.ROOT);
    }
}
