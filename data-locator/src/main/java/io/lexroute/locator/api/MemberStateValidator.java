package io.lexroute.locator.api;

import io.lexroute.contracts.EevidStates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** An enforcing State must take part in Regulation (EU) 2023/1543 ({@link EevidStates}). */
public class MemberStateValidator implements ConstraintValidator<MemberState, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || EevidStates.takesPart(value);
    }
}
