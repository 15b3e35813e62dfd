package org.partnerhub.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A request's JSON body, read the way Partner Center's clients need it: fields the API does not
 * know are ignored, a missing or null field is absent, and a field of the wrong type, a body that
 * is no JSON object or one over 1 MB is a 400 that names what is wrong. Field names are exact:
 * {@code password} and {@code Password} are two fields, as the SDK sends both.
 */
public final class JsonBody {

    public static final int MAX_BYTES = 1024 * 1024;

    private final JsonObject root;

    private JsonBody(JsonObject root) {
        this.root = root;
    }

    public static JsonBody read(InputStream body) {
        return read(body, true);
    }

    /** A body that may be left out (an action whose details are optional): none reads as {@code {}}. */
    public static JsonBody readOptional(InputStream body) {
        return read(body, false);
    }

    private static JsonBody read(InputStream body, boolean required) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw ApiProblem.badRequest("The body could not be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw ApiProblem.badRequest("The body is larger than 1 MB.");
        }
        if (bytes.length == 0) {
            if (!required) {
                return new JsonBody(JsonValue.EMPTY_JSON_OBJECT);
            }
            throw ApiProblem.badRequest("A JSON body is required.");
        }
        try {
            JsonValue value = Json.createReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                    StandardCharsets.UTF_8)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiProblem.badRequest("The body must be a JSON object.");
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonException e) {
            throw ApiProblem.badRequest("The body is not valid JSON: " + e.getMessage());
        }
    }

    /** The text at a dotted path ({@code billingProfile.defaultAddress.city}), or null. */
    public String string(String path) {
        JsonValue value = at(path);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw ApiProblem.badRequest(path + " must be a string.");
    }

    /** The whole number at a dotted path, or null. */
    public Integer integer(String path) {
        JsonValue value = at(path);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw ApiProblem.badRequest(path + " is too large.");
            }
        }
        throw ApiProblem.badRequest(path + " must be a whole number.");
    }

    /** The number at a dotted path (an amount such as 1250.50), or null; a number sent as text is refused. */
    public BigDecimal decimal(String path) {
        JsonValue value = at(path);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        throw ApiProblem.badRequest(path + " must be a number.");
    }

    /** The true or false at a dotted path, or null. */
    public Boolean bool(String path) {
        JsonValue value = at(path);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw ApiProblem.badRequest(path + " must be true or false.");
    }

    /** The array at a dotted path, or null. */
    public JsonArray array(String path) {
        JsonValue value = at(path);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        throw ApiProblem.badRequest(path + " must be an array.");
    }

    /** The object at index i of the array at a dotted path, read the same way. */
    public JsonBody item(String path, int index) {
        JsonValue value = array(path).get(index);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiProblem.badRequest(path + "[" + index + "] must be an object.");
        }
        return new JsonBody(value.asJsonObject());
    }

    private JsonValue at(String path) {
        JsonValue current = root;
        StringBuilder walked = new StringBuilder();
        for (String name : path.split("\\.")) {
            if (current.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiProblem.badRequest(walked + " must be an object.");
            }
            current = current.asJsonObject().get(name);
            if (current == null || current == JsonValue.NULL) {
                return null;
            }
            walked.append(walked.length() == 0 ? "" : ".").append(name);
        }
        return current;
    }
}
