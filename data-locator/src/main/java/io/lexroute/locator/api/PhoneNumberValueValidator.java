package io.lexroute.locator.api;

import io.lexroute.contracts.TargetType;
import io.lexroute.locator.api.AccountBody.IdentifierBody;
import io.lexroute.locator.domain.IdentifierKey;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PhoneNumberValueValidator implements ConstraintValidator<PhoneNumberValue, IdentifierBody> {

    @Override
    public boolean isValid(IdentifierBody identifier, ConstraintValidatorContext context) {
        // A blank value is @NotBlankText's to report.
        if (identifier == null || !TargetType.PHONE.name().equals(identifier.type())
                || CatalogText.isBlank(identifier.value()) || IdentifierKey.isPhoneNumber(identifier.value())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("value")
                .addConstraintViolation();
        return false;
    }
}
