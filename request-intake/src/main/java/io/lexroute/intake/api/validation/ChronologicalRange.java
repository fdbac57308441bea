package io.lexroute.intake.api.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** On a time range: {@code from} is not after {@code to}; the violation names {@code to}. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ChronologicalRangeValidator.class)
public @interface ChronologicalRange {

    String message() default "must not be before timeRange.from";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
