package io.lexroute.locator.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The string is the ISO 3166-1 alpha-2 code, in upper case, of a Member State of the European Union taking part in
 * Regulation (EU) 2023/1543: where a provider's designated establishment or legal representative (Directive (EU)
 * 2023/1544 Art. 3) makes it the enforcing State of that Regulation.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = MemberStateValidator.class)
public @interface MemberState {

    String message() default "must be a Member State of the European Union taking part in Regulation (EU) 2023/1543"
            + " (all but Denmark), as its ISO 3166-1 alpha-2 code in upper case, such as IE (Greece is GR)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
