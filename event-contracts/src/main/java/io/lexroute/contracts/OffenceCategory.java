package io.lexroute.contracts;

/** Listed offence families that lower the threshold for traffic and content data under Regulation (EU) 2023/1543 Art. 5(4). */
public enum OffenceCategory {
    TERRORISM,
    CHILD_SEXUAL_ABUSE,
    ATTACK_ON_INFORMATION_SYSTEMS,
    NON_CASH_PAYMENT_FRAUD
}
