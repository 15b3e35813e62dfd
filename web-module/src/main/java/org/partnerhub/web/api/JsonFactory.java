package org.partnerhub.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * The JSON builders of the API's answers, from one factory made once: {@code Json.createObjectBuilder()}
 * looks the JSON provider up anew on every call, which a page of 500 customers makes thousands of.
 */
public final class JsonFactory {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private JsonFactory() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonObjectBuilder object(JsonObject copied) {
        return FACTORY.createObjectBuilder(copied);
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }
}
