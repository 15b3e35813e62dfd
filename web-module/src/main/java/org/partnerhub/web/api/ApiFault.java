package org.partnerhub.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Partner Center's error body: {@code code}, {@code description}, {@code data} (always an array:
 * an object there makes the SDK drop the whole body), {@code errorName} and {@code source}.
 */
final class ApiFault {

    private ApiFault() {
    }

    static Response of(int status, String code, String description, List<String> data) {
        JsonArrayBuilder items = JsonFactory.array();
        data.forEach(items::add);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(JsonFactory.object()
                        .add("code", code)
                        .add("description", description)
                        .add("errorName", errorName(code))
                        .add("data", items)
                        .add("source", "PartnerHub")
                        .build().toString())
                .build();
    }

    /** CUSTOMER_NOT_FOUND becomes CustomerNotFound. */
    static String errorName(String code) {
        StringBuilder name = new StringBuilder();
        for (String word : code.toLowerCase().split("_")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    /** customer.domainPrefix.taken becomes CUSTOMER_DOMAIN_PREFIX_TAKEN. */
    static String codeOf(String messageKey) {
        return messageKey.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase();
    }
}
