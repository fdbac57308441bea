package io.lexroute.contracts;

public enum AuthorityType {
    JUDGE,
    COURT,
    INVESTIGATING_JUDGE,
    PUBLIC_PROSECUTOR,
    POLICE,
    OTHER_COMPETENT_AUTHORITY
}
