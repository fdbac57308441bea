package io.lexroute.locator.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

public class MemberStateValidator implements ConstraintValidator<MemberState, String> {

    /**
     * The Member States taking part in Regulation (EU) 2023/1543, by ISO 3166-1 code: all but Denmark, as the
     * resolver's rulebook has it (rule EU-EEVID), since an enforcing State must be one of them. Greece is GR there
     * (EL is the Union's own abbreviation).
     */
    private static final Set<String> MEMBER_STATES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || MEMBER_STATES.contains(value);
    }
}
