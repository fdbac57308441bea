package io.lexroute.intake.api.validation;

import io.lexroute.contracts.IssueDates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;

public class IssueDateValidator implements ConstraintValidator<IssueDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = IssueDates.problemWith(value, context.getClockProvider().getClock());
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
