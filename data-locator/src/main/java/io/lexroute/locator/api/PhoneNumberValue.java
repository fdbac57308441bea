package io.lexroute.locator.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On an identifier: a {@code PHONE} identifier's value is a phone number ({@code IdentifierKey.isPhoneNumber}); the
 * violation names {@code value}. A value without a digit would otherwise be stored with an empty match value.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PhoneNumberValueValidator.class)
public @interface PhoneNumberValue {

    String message() default "must be a phone number: digits, at most one + before them, and no other characters than"
            + " spaces, /, (, ), . and -";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
