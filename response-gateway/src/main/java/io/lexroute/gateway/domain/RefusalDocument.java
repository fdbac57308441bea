package io.lexroute.gateway.domain;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The statement to the issuing authority of what will not be produced and why, in the spirit of Annex III of
 * Regulation (EU) 2023/1543: the order it answers, and every refused or redirected outcome with all its grounds.
 */
public record RefusalDocument(
        UUID orderId,
        String orderReference,
        Authority authority,
        String provider,
        Instrument instrument,
        LocalDate issuedAt,
        int decisionRevision,
        OrderStatus orderStatus,
        Instant decidedAt,
        String title,
        List<Item> items) {

    public record Authority(String name, String country, AuthorityType type, String validatedBy) {
    }

    /** One outcome not produced; {@code channel} is set for a redirect and names where to ask instead. */
    public record Item(DataCategory dataCategory, String location, Outcome outcome, String statement,
            List<Ground> grounds, Channel channel) {
    }

    /** The channel that can work (e.g. mutual legal assistance with a State): the ground's citation and reason. */
    public record Channel(String name, String how) {
    }
}
