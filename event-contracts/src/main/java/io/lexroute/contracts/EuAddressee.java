package io.lexroute.contracts;

/**
 * Where a provider receives European Production and Preservation Orders: the establishment it designated, or the
 * legal representative it appointed, in a Member State (Directive (EU) 2023/1544 Art. 3). That Member State is the
 * enforcing State of Regulation (EU) 2023/1543, the one notified under Art. 8 and entitled to raise grounds for
 * refusal under Art. 12.
 */
public record EuAddressee(Kind kind, String country, String name) {

    public enum Kind {
        DESIGNATED_ESTABLISHMENT,
        LEGAL_REPRESENTATIVE
    }
}
