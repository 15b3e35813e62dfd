package org.partnerhub.web.api.v1;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.partnerhub.web.api.JsonFactory;

/**
 * Partner Center's collection: {@code totalCount} (the number of items in this answer, as the
 * SDK expects, not in all pages), {@code items} (always an array), {@code links} when more
 * pages follow, and {@code attributes.objectType} {@code Collection}.
 */
final class Collections {

    private Collections() {
    }

    static JsonObject of(List<JsonObject> items, JsonObject links) {
        JsonArrayBuilder array = JsonFactory.array();
        items.forEach(array::add);
        JsonObjectBuilder collection = JsonFactory.object()
                .add("totalCount", items.size())
                .add("items", array);
        if (links != null) {
            collection.add("links", links);
        }
        return collection.add("attributes", Links.type("Collection")).build();
    }
}
