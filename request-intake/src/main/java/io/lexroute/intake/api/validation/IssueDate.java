package io.lexroute.intake.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A plausible issue date: from 1980-01-01 up to today (see {@code IssueDates}). */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = IssueDateValidator.class)
public @interface IssueDate {

    String message() default "is not a plausible issue date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
