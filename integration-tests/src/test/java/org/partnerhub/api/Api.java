package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The API as an integration calls it, over HTTP: the fixtures that make a partner, its customers
 * and its API clients, the token endpoint, and requests with Partner Center's headers.
 */
public final class Api {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Api(URL base) {
        this.base = base.toString().replaceAll("/$", "");
    }

    /** A new partner of this type: its MPN ID. */
    public String newPartner(String type) throws IOException, InterruptedException {
        return fixture("partner", "type=" + type + "&password=" + UUID.randomUUID()).split("\n")[0];
    }

    /** A new customer of the partner: its id. */
    public String newCustomer(String partnerMpnId, String company) throws IOException, InterruptedException {
        return fixture("customer", "partner=" + partnerMpnId + "&company=" + encoded(company)).split("\n")[0];
    }

    /** A new customer of the first partner that the second serves too. */
    public String newSharedCustomer(String partnerMpnId, String alsoServedBy, String company)
            throws IOException, InterruptedException {
        return fixture("customer", "partner=" + partnerMpnId + "&company=" + encoded(company) + "&alsoServedBy="
                + alsoServedBy).split("\n")[0];
    }

    /** Makes the two active partners. */
    public void partnership(String providerMpnId, String resellerMpnId) throws IOException, InterruptedException {
        fixture("partnership", "provider=" + providerMpnId + "&reseller=" + resellerMpnId);
    }

    /** A page of the site, as a browser opens it, without a token. */
    public HttpResponse<String> page(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A new API client of the partner: its client id and secret. */
    public String[] newClient(String partnerMpnId, String role) throws IOException, InterruptedException {
        return fixture("api-client", "partner=" + partnerMpnId + "&role=" + role).split("\n");
    }

    public void expireTokensOf(String clientId) throws IOException, InterruptedException {
        fixture("api-tokens-expired", "clientId=" + encoded(clientId));
    }

    public HttpResponse<String> requestToken(String form) throws IOException, InterruptedException {
        return requestToken(form, null);
    }

    /** The token endpoint, with the client's id and secret as HTTP Basic credentials if given. */
    public HttpResponse<String> requestToken(String form, String[] basic) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (basic != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((basic[0] + ":" + basic[1]).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A bearer token for the client, as the token endpoint gives it. */
    public String token(String[] client) throws IOException, InterruptedException {
        HttpResponse<String> answer = requestToken("grant_type=client_credentials&client_id=" + encoded(client[0])
                + "&client_secret=" + encoded(client[1]));
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer).getString("access_token");
    }

    /** GET {apiRoot}/v1/path with Partner Center's headers and this token (none if null). */
    public HttpResponse<String> get(String token, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(token, path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** POST {apiRoot}/v1/path with a JSON body, as the SDK sends it, and this MS-RequestId. */
    public HttpResponse<String> post(String token, String path, String json, String requestId)
            throws IOException, InterruptedException {
        return client.send(request(token, path).setHeader("MS-RequestId", requestId)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** PATCH {apiRoot}/v1/path with a JSON body. */
    public HttpResponse<String> patch(String token, String path, String json) throws IOException, InterruptedException {
        return client.send(request(token, path).header("Content-Type", "application/json; charset=utf-8")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** DELETE {apiRoot}/v1/path. */
    public HttpResponse<String> delete(String token, String path) throws IOException, InterruptedException {
        return client.send(request(token, path).DELETE().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A new customer of the partner with one active subscription of this offer (10 licenses): its id. */
    public String newSubscribedCustomer(String partnerMpnId, String company, long offerId)
            throws IOException, InterruptedException {
        return fixture("customer", "partner=" + partnerMpnId + "&company=" + encoded(company) + "&subscribedOffer="
                + offerId).split("\n")[0];
    }

    /** A new customer of the first partner, which the second serves too, with one subscription through the first. */
    public String newSharedSubscribedCustomer(String partnerMpnId, String alsoServedBy, String company, long offerId)
            throws IOException, InterruptedException {
        return fixture("customer", "partner=" + partnerMpnId + "&company=" + encoded(company) + "&alsoServedBy="
                + alsoServedBy + "&subscribedOffer=" + offerId).split("\n")[0];
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/" + path))
                .header("Accept", "application/json")
                .header("MS-Contract-Version", "v1")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .header("MS-CorrelationId", UUID.randomUUID().toString())
                .header("X-Locale", "en-US");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    public static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private String fixture(String name, String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/it-fixtures/" + name))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().trim();
    }

    public static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
