package io.lexroute.intake.api.validation;

import io.lexroute.contracts.AuthorityType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;

public class JudicialAuthorityValidator implements ConstraintValidator<JudicialAuthority, AuthorityType> {

    private static final Set<AuthorityType> JUDICIAL = EnumSet.of(AuthorityType.JUDGE, AuthorityType.COURT,
            AuthorityType.INVESTIGATING_JUDGE, AuthorityType.PUBLIC_PROSECUTOR);

    @Override
    public boolean isValid(AuthorityType value, ConstraintValidatorContext context) {
        return value == null || JUDICIAL.contains(value);
    }
}
