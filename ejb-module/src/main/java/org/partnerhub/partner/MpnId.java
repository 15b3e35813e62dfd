package org.partnerhub.partner;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A partner id (MPN ID): digits only, 6 to 10 of them, as the vendor issues them. Null and empty
 * are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = MpnId.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MpnId {

    String message() default "{partnerhub.mpnId.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MpnId, String> {
        private static final Pattern FORMAT = Pattern.compile("[0-9]{6,10}");

        public static boolean isWellFormed(String value) {
            return value != null && FORMAT.matcher(value).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || isWellFormed(value);
        }
    }
}
