package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Partnerships through Partner Hub's own resource: asked for, answered and ended by API clients of both sides. */
class PartnershipsApiIT extends ApiTest {

    @Test
    void aProvidersRequestCarriesTheResellersLinkOnceAndTheResellerAcceptsThenTheProviderEndsIt() throws Exception {
        String provider = api.newPartner("INDIRECT_PROVIDER");
        String reseller = api.newPartner("INDIRECT_RESELLER");
        String providerToken = api.token(api.newClient(provider, "ADMIN_AGENT"));
        String resellerToken = api.token(api.newClient(reseller, "ADMIN_AGENT"));
        String body = "{\"resellerMpnId\": \"" + reseller + "\"}";
        String requestId = UUID.randomUUID().toString();

        HttpResponse<String> asked = api.post(providerToken, "partnerships", body, requestId);
        JsonObject requested = created(asked);
        String id = requested.getString("id");
        assertEquals("pending", requested.getString("status"));
        assertEquals("provider", requested.getString("requestedBy"));
        assertEquals("outgoing", requested.getString("direction"));
        assertEquals(provider, requested.getJsonObject("provider").getString("mpnId"));
        assertEquals(reseller, requested.getJsonObject("reseller").getString("mpnId"));
        assertEquals("Partnership", requested.getJsonObject("attributes").getString("objectType"));
        String link = requested.getJsonObject("requestLink").getString("url");
        assertTrue(link.matches("http://.+/partnerhub/partnership/accept\\.xhtml\\?token=[A-Za-z0-9_-]{43}"), link);
        HttpResponse<String> retried = api.post(providerToken, "partnerships", body, requestId);
        assertEquals(201, retried.statusCode(), "a retry with the same MS-RequestId answers as the first time");
        assertEquals(asked.body(), retried.body());

        JsonObject incoming = ok(api.get(resellerToken, "partnerships?status=pending"));
        assertEquals(1, incoming.getInt("totalCount"), "one request, though asked twice");
        JsonObject seen = incoming.getJsonArray("items").getJsonObject(0);
        assertEquals(id, seen.getString("id"));
        assertEquals("incoming", seen.getString("direction"));
        assertFalse(seen.containsKey("requestLink"), "the link is in the first answer only");
        assertEquals(400, api.post(providerToken, "partnerships/" + id + "/accept", "{}", uuid()).statusCode(),
                "the side that asked does not answer");

        JsonObject accepted = ok(api.post(resellerToken, "partnerships/" + id + "/accept", "{}", uuid()));
        assertEquals("active", accepted.getString("status"));
        assertTrue(accepted.getString("acceptedAt").endsWith("Z"));
        assertEquals(409, api.post(resellerToken, "partnerships/" + id + "/decline", "{}", uuid()).statusCode(),
                "answered already");
        assertEquals(0, ok(api.get(providerToken, "partnerships?status=pending")).getInt("totalCount"));

        JsonObject ended = ok(api.post(providerToken, "partnerships/" + id + "/end",
                "{\"reason\": \"Reseller moved to another distributor\"}", uuid()));
        assertEquals("ended", ended.getString("status"));
        assertEquals("Reseller moved to another distributor", ended.getString("endReason"));
        assertEquals(Json.createObjectBuilder(ended).add("direction", "incoming").build(),
                ok(api.get(resellerToken, "partnerships/" + id)), "the same partnership, seen from the side that answered");

        List<String> actions = ok(api.get(providerToken, "auditrecords?startDate=2020-01-01")).getJsonArray("items")
                .stream().map(item -> item.asJsonObject().getString("operationType"))
                .filter(action -> action.startsWith("PARTNERSHIP_")).toList();
        assertEquals(List.of("PARTNERSHIP_ENDED", "PARTNERSHIP_ACCEPTED", "PARTNERSHIP_REQUESTED"), actions);
        assertEquals("API client it client ADMIN_AGENT", ok(api.get(resellerToken,
                "auditrecords?action=PARTNERSHIP_ACCEPTED")).getJsonArray("items").getJsonObject(0)
                .getString("userPrincipalName"));
    }

    @Test
    void aResellerAsksAProviderByMpnIdWhoDeclinesAndStrangersRolesAndBadInputAreRefused() throws Exception {
        String provider = api.newPartner("INDIRECT_PROVIDER");
        String reseller = api.newPartner("INDIRECT_RESELLER");
        String providerToken = api.token(api.newClient(provider, "ADMIN_AGENT"));
        String resellerToken = api.token(api.newClient(reseller, "ADMIN_AGENT"));
        String body = "{\"providerMpnId\": \"" + provider + "\"}";

        JsonObject requested = created(api.post(resellerToken, "partnerships", body, uuid()));
        String id = requested.getString("id");
        assertEquals("reseller", requested.getString("requestedBy"));
        assertFalse(requested.containsKey("requestLink"), "the provider answers on its own list");
        assertEquals(409, api.post(resellerToken, "partnerships", body, uuid()).statusCode(), "one open request a pair");

        String stranger = api.token(api.newClient(api.newPartner("INDIRECT_PROVIDER"), "ADMIN_AGENT"));
        for (HttpResponse<String> notFound : List.of(api.get(stranger, "partnerships/" + id),
                api.post(stranger, "partnerships/" + id + "/accept", "{}", uuid()),
                api.post(stranger, "partnerships/" + id + "/decline", "{}", uuid()),
                api.post(stranger, "partnerships/" + id + "/end", "{}", uuid()),
                api.get(providerToken, "partnerships/abc"))) {
            assertEquals(404, notFound.statusCode(), notFound.body());
        }
        assertEquals(0, ok(api.get(stranger, "partnerships")).getInt("totalCount"));
        String sales = api.token(api.newClient(provider, "SALES_AGENT"));
        assertEquals(403, api.post(sales, "partnerships/" + id + "/accept", "{}", uuid()).statusCode());
        assertEquals("pending", ok(api.get(sales, "partnerships/" + id)).getString("status"), "a Sales agent reads");

        for (String wrong : List.of("{}", "{\"providerMpnId\": \"" + provider + "\", \"resellerMpnId\": \"1\"}",
                "{\"resellerMpnId\": 42}", "{\"resellerMpnId\": \"9999999\"}", "[]")) {
            HttpResponse<String> refused = api.post(providerToken, "partnerships", wrong, uuid());
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
        }
        assertEquals(400, api.get(providerToken, "partnerships?status=sleeping").statusCode());

        JsonObject declined = ok(api.post(providerToken, "partnerships/" + id + "/decline", "", uuid()));
        assertEquals("declined", declined.getString("status"));
        assertEquals("incoming", declined.getString("direction"));
        assertEquals(List.of(id), allIds(resellerToken, "partnerships?status=declined&size=1", () -> { }));
    }
}
