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
 * Text that shows something ({@link CatalogText#isBlank}): not null, and not only white space of any kind. In place
 * of {@code @NotBlank}, whose {@link String#isBlank} lets a value of no-break spaces (U+00A0) or zero width spaces
 * through, to be stored as a name or site no one can read.
 */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = NotBlankTextValidator.class)
public @interface NotBlankText {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
