package org.partnerhub.web.api.v1;

import java.util.List;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.JsonBody;

/**
 * The ids in paths and bodies. Partner Hub's ids are numbers sent as strings; a path id that is not one
 * names nothing, so it is "not found", like another partner's id.
 */
final class Ids {

    private static final String ID = "[1-9][0-9]{0,17}";

    private Ids() {
    }

    static long customer(String id) {
        return parse(id, "CUSTOMER_NOT_FOUND", "Customer " + id + " was not found.");
    }

    /**
     * An id in a request's body, at a dotted path, sent as a string as every id is, or null when
     * the body has none; a malformed one is a 400 naming the field.
     */
    static Long inBody(JsonBody json, String field) {
        return inBody(field, json.string(field));
    }

    static Long inBody(String field, String id) {
        if (id == null) {
            return null;
        }
        if (!id.trim().matches(ID)) {
            throw new ApiProblem(400, "BAD_REQUEST", field + " " + id + " is not an id.", List.of(field));
        }
        return Long.parseLong(id.trim());
    }

    static long parse(String id, String code, String description) {
        if (id != null && id.matches(ID)) {
            return Long.parseLong(id);
        }
        throw ApiProblem.notFound(code, description);
    }
}
