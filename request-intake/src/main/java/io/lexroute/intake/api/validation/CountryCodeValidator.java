package io.lexroute.intake.api.validation;

import io.lexroute.intake.domain.CountryCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CountryCodes.isAlpha2(value);
    }
}
