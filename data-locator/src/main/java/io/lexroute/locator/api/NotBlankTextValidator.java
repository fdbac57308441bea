package io.lexroute.locator.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NotBlankTextValidator implements ConstraintValidator<NotBlankText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return !CatalogText.isBlank(value);
    }
}
