package io.lexroute.contracts;

public enum TargetType {
    ACCOUNT_ID,
    EMAIL,
    PHONE,
    IP_ADDRESS,
    USERNAME
}
