package org.partnerhub.web.api.v1;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.partnerhub.web.api.JsonFactory;

/**
 * Partner Center's link objects ({@code uri}, {@code method}, {@code headers}) and the
 * {@code attributes} every model carries. A link's uri is relative to {@code {apiRoot}/v1/}
 * with no leading slash: the SDK appends it as it is.
 */
final class Links {

    private Links() {
    }

    static JsonObject self(String uri) {
        return JsonFactory.object().add("self", link(uri)).build();
    }

    static JsonObjectBuilder link(String uri) {
        return JsonFactory.object().add("uri", uri).add("method", "GET").add("headers", JsonFactory.array());
    }

    static JsonObject type(String objectType) {
        return JsonFactory.object().add("objectType", objectType).build();
    }
}
