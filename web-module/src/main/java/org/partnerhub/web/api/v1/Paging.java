package org.partnerhub.web.api.v1;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.JsonFactory;

/**
 * Partner Center's paging: {@code size} (1 to 500; 0 means no limit, which is the largest page
 * here), then {@code seekOperation=Next} with the {@code MS-ContinuationToken} header that the
 * previous page's {@code links.next} carried. The link's uri is relative to {@code v1/}, without
 * a leading slash, because the SDK appends it as it is.
 */
final class Paging {

    static final String CONTINUATION_HEADER = "MS-ContinuationToken";

    private Paging() {
    }

    static int size(String size) {
        if (size == null || size.isBlank()) {
            return KeysetPage.MAX_SIZE;
        }
        if (!size.trim().matches("[0-9]{1,4}")) {
            throw ApiProblem.badRequest("size must be a number from 1 to " + KeysetPage.MAX_SIZE + ", not " + size);
        }
        int asked = Integer.parseInt(size.trim());
        if (asked > KeysetPage.MAX_SIZE) {
            throw ApiProblem.badRequest("size must be at most " + KeysetPage.MAX_SIZE + ", not " + asked);
        }
        return asked == 0 ? KeysetPage.MAX_SIZE : asked;
    }

    /**
     * Where a request for a page starts: the {@code MS-ContinuationToken} for {@code Next}, which
     * needs it; none (the first page, with the request's own filter) for {@code First} or no
     * {@code seekOperation}. The others are not offered.
     */
    static String continuation(String seekOperation, String continuation) {
        if (seekOperation == null || seekOperation.isBlank() || seekOperation.equals("First")) {
            return null;
        }
        if (!seekOperation.equals("Next")) {
            throw ApiProblem.badRequest("seekOperation " + seekOperation + " is not supported: use Next with the "
                    + CONTINUATION_HEADER + " header of the previous page's links.next, or First");
        }
        if (continuation == null || continuation.isBlank()) {
            throw ApiProblem.badRequest("seekOperation=Next needs the " + CONTINUATION_HEADER
                    + " header of the previous page's links.next");
        }
        return continuation.trim();
    }

    /** A page as a collection, with {@code links.next} to the page after it when one follows. */
    static <T> Response answer(KeysetPage<T> page, int size, String collection, Function<T, JsonObject> json) {
        return Response.ok(Collections.of(page.items().stream().map(json).toList(),
                page.next() == null ? null : next(collection, size, page.next())).toString()).build();
    }

    private static JsonObject next(String collection, int size, String continuation) {
        return JsonFactory.object()
                .add("next", Links.link(collection + "?size=" + size + "&seekOperation=Next")
                        .add("headers", JsonFactory.array().add(JsonFactory.object()
                                .add("key", CONTINUATION_HEADER).add("value", continuation))))
                .build();
    }
}
