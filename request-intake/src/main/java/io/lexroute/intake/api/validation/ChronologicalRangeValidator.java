package io.lexroute.intake.api.validation;

import io.lexroute.intake.api.OrderRequest.TimeRangeRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ChronologicalRangeValidator implements ConstraintValidator<ChronologicalRange, TimeRangeRequest> {

    @Override
    public boolean isValid(TimeRangeRequest range, ConstraintValidatorContext context) {
        if (range == null || range.from() == null || range.to() == null || !range.from().isAfter(range.to())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("to")
                .addConstraintViolation();
        return false;
    }
}
