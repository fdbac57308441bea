package io.lexroute.locator.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NoUnpairedSurrogateValidator implements ConstraintValidator<NoUnpairedSurrogate, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return !CatalogText.hasUnpairedSurrogate(value);
    }
}
