package io.lexroute.intake.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An authority that may validate an order issued by another (order-api.md: a judge, court or prosecutor); null is
 * left to {@code @NotNull}.
 */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = JudicialAuthorityValidator.class)
public @interface JudicialAuthority {

    String message() default "must be JUDGE, COURT, INVESTIGATING_JUDGE or PUBLIC_PROSECUTOR:"
            + " only a judge, court or prosecutor validates an order";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
