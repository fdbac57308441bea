package io.lexroute.intake.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An assigned ISO 3166-1 alpha-2 country code in upper case; null is left to {@code @NotNull}. */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = CountryCodeValidator.class)
public @interface CountryCode {

    String message() default "must be an ISO 3166-1 alpha-2 country code in upper case, such as BE or US";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
