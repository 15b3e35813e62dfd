package org.partnerhub.web.api.v1;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import org.partnerhub.account.CustomerDomain;
import org.partnerhub.customer.CustomerPrefix;
import org.partnerhub.web.api.ApiProblem;

/**
 * Partner Center's customer filter, {@code {"value":"Con","field":"CompanyName","fieldType":
 * "String","operator":"StartsWith"}}, as the SDK sends it (URL-encoded, already decoded here).
 * {@code StartsWith} on {@code CompanyName} or {@code Domain}, in any case; a domain may be given
 * whole, under Partner Hub's customer domain or as Partner Center's {@code onmicrosoft.com}.
 */
final class CustomerFilter {

    private static final String ONMICROSOFT = ".onmicrosoft.com";

    private CustomerFilter() {
    }

    static CustomerPrefix read(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        JsonObject object;
        try {
            JsonValue parsed = Json.createReader(new StringReader(filter)).readValue();
            if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiProblem.badRequest("filter must be a JSON object with value, field and operator");
            }
            object = parsed.asJsonObject();
        } catch (JsonException e) {
            throw ApiProblem.badRequest("filter is not valid JSON: " + e.getMessage());
        }
        String operator = text(object, "operator");
        if (!"StartsWith".equals(operator)) {
            throw ApiProblem.badRequest("filter operator " + operator + " is not supported: only StartsWith is");
        }
        String value = text(object, "value");
        return switch (text(object, "field")) {
            case "CompanyName" -> new CustomerPrefix(CustomerPrefix.Field.COMPANY_NAME, value);
            case "Domain" -> new CustomerPrefix(CustomerPrefix.Field.DOMAIN, domainPrefix(value));
            default -> throw ApiProblem.badRequest("filter field " + text(object, "field")
                    + " is not supported: CompanyName and Domain are");
        };
    }

    /**
     * The prefix part of a domain: the domain without Partner Hub's customer domain or Partner
     * Center's {@code onmicrosoft.com} after it.
     */
    static String domainPrefix(String domain) {
        String lower = domain.trim().toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {ONMICROSOFT, "." + CustomerDomain.name()}) {
            if (lower.endsWith(suffix)) {
                return lower.substring(0, lower.length() - suffix.length());
            }
        }
        return lower;
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString string)) {
            throw ApiProblem.badRequest("filter." + name + " must be a string");
        }
        return string.getString();
    }
}
