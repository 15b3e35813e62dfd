package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.it.RealEar;

/**
 * A test of the API over HTTP, from outside the server, against the one deployment of the run,
 * with its own partners, customers and API clients made through the fixtures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTest {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.underTest();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    /** The answer's JSON, once it is a 201. */
    static JsonObject created(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), answer.body());
        return Api.json(answer);
    }

    /**
     * The ids of every item of a collection, following {@code links.next} to its last page as
     * the SDK does; {@code between} runs after the first page (an insert meanwhile, say).
     */
    List<String> allIds(String token, String firstPage, Step between) throws Exception {
        JsonObject page = ok(api.get(token, firstPage));
        List<String> seen = new ArrayList<>();
        page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
        between.run();
        while (page.containsKey("links")) {
            JsonObject next = page.getJsonObject("links").getJsonObject("next");
            JsonObject header = next.getJsonArray("headers").getJsonObject(0);
            page = ok(api.get(token, next.getString("uri"), header.getString("key"), header.getString("value")));
            page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
        }
        return seen;
    }

    /** A new MS-RequestId. */
    static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** Something a test does between two requests. */
    interface Step {
        void run() throws Exception;
    }

    /** The answer's JSON, once it is a 200. */
    static JsonObject ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer);
    }
}
