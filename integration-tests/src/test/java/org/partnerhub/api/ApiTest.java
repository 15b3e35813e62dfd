package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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

    /** The answer's JSON, once it is a 200. */
    static JsonObject ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer);
    }
}
