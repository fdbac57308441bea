package io.lexroute.resolver.domain;

import io.lexroute.contracts.Ground;
import io.lexroute.resolver.rulebook.Rule;
import io.lexroute.resolver.rulebook.RuleHeader;

/** Builds the grounds that carry a rule's citation into an outcome. */
final class Grounds {

    static final String NO_APPLICABLE_RULE = "NO_APPLICABLE_RULE";

    private Grounds() {
    }

    /** The rule's own ground: its code (or {@code defaultCode}), citation and reason. */
    static Ground of(Rule rule, String defaultCode) {
        RuleHeader header = rule.header();
        return new Ground(header.code() != null ? header.code() : defaultCode, header.citation(), header.reason());
    }

    /** A ground with a fixed code whose reason starts with what the order did, then gives the rule's reason. */
    static Ground explained(Rule rule, String code, String finding) {
        RuleHeader header = rule.header();
        return new Ground(code, header.citation(), finding + " " + header.reason());
    }

    static Ground noApplicableRule(String rulebookVersion, String reason) {
        return new Ground(NO_APPLICABLE_RULE, "LexRoute rulebook " + rulebookVersion + ": no rule in force", reason);
    }
}
