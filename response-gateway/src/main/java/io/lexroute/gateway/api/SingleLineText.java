package io.lexroute.gateway.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name or reference shown on one line: in the decision's grounds, the refusal document and the log. No control
 * characters (line breaks among them), no line or paragraph separators, and no bidirectional overrides, which would
 * make it read differently from what it is. Joiners stay: some scripts need them.
 */
@Pattern(regexp = "[^\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*")
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface SingleLineText {

    String message() default "must be one line, without control characters or bidirectional overrides";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
