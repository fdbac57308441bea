package io.lexroute.locator.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Unicode text ({@link CatalogText#hasUnpairedSurrogate}): no UTF-16 surrogate without its other half. The PostgreSQL
 * driver would store one as {@code ?}, so what is read back differs from what was written, and the same PUT again
 * would replace it every time.
 */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = NoUnpairedSurrogateValidator.class)
public @interface NoUnpairedSurrogate {

    String message() default "must be Unicode text, without an unpaired UTF-16 surrogate (U+D800 to U+DFFF)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
