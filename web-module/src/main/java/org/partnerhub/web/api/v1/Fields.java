package org.partnerhub.web.api.v1;

import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import org.partnerhub.web.api.ApiProblem;

/**
 * What Partner Hub's own resources share in their answers: optional members left out when there
 * is nothing to say (as Partner Center leaves them out), and statuses spelled in lower case on
 * the wire, read back the same way.
 */
final class Fields {

    private Fields() {
    }

    static JsonObjectBuilder text(JsonObjectBuilder json, String name, String value) {
        return value == null ? json : json.add(name, value);
    }

    static JsonObjectBuilder time(JsonObjectBuilder json, String name, LocalDateTime value) {
        return value == null ? json : json.add(name, Dates.utc(value));
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** A status query parameter: none is null; one that is not a value of the enum is a 400 naming them. */
    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (wire(constant).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw ApiProblem.badRequest(parameter + " " + value + " is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Fields::wire).toList() + ".");
    }
}
