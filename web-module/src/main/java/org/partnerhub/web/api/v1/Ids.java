package org.partnerhub.web.api.v1;

import org.partnerhub.web.api.ApiProblem;

/**
 * The ids in paths. Partner Hub's ids are numbers sent as strings; a path id that is not one
 * names nothing, so it is "not found", like another partner's id.
 */
final class Ids {

    private Ids() {
    }

    static long customer(String id) {
        return parse(id, "CUSTOMER_NOT_FOUND", "Customer " + id + " was not found.");
    }

    static long parse(String id, String code, String description) {
        if (id != null && id.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(id);
        }
        throw ApiProblem.notFound(code, description);
    }
}
