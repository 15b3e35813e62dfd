package org.partnerhub.web.api.v1;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.partnerhub.web.api.ApiProblem;

/**
 * A body read into a service's input bean, checked here with the constraints the service checks
 * too, so that a refusal names the API's field ({@code contact.email}) rather than the bean's
 * property ({@code contactEmail}): one line per refused field in {@code data}, in a stable order.
 */
final class BodyValidation {

    private BodyValidation() {
    }

    /**
     * Refuses the bean with a 400 of this code ("The {@code what} is not valid: …") when a
     * constraint fails; {@code fields} maps the bean's property paths to the API's fields, and a
     * property it leaves out has the same name in both.
     */
    static <T> T check(Validator validator, T bean, Map<String, String> fields, String code, String what) {
        List<String> problems = validator.validate(bean).stream()
                .map(violation -> {
                    String property = violation.getPropertyPath().toString();
                    return fields.getOrDefault(property, property) + ": " + violation.getMessage();
                })
                .sorted().toList();
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, code, "The " + what + " is not valid: " + String.join("; ", problems), problems);
        }
        return bean;
    }
}
