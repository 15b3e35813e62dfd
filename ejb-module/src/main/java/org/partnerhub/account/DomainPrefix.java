package org.partnerhub.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The customer's domain prefix, {@code <prefix>.<customer domain>}: 3 to 27 lower-case
 * letters, digits and hyphens. Null is left to @NotBlank.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = DomainPrefix.PATTERN)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface DomainPrefix {

    /** Also what the new-customer page checks before it asks whether a prefix is free. */
    String PATTERN = "[a-z0-9-]{3,27}";

    String message() default "{partnerhub.domainPrefix.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
