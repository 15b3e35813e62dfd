package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer's users as Partner Center's SDK manages them: list, create, get, reset, delete. */
class UsersApiIT extends ApiTest {

    /** The body as the SDK sends it: passwordProfile holds each field twice, in two casings. */
    static String sdkUser(String name, String domain, String password) {
        return "{\"attributes\":{\"objectType\":\"CustomerUser\"},\"displayName\":\"Compat Check\",\"firstName\":\"Compat\","
                + "\"lastName\":\"Check\",\"userPrincipalName\":\"" + name + "@" + domain + "\",\"usageLocation\":\"US\","
                + "\"passwordProfile\":{\"forceChangePassword\":true,\"password\":\"" + password
                + "\",\"ForceChangePassword\":true,\"Password\":\"" + password + "\"}}";
    }

    @Test
    void aUserIsCreatedThroughTheTrailingSlashReadResetAndDeletedAndNoAnswerHoldsItsPassword() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newCustomer(partner, "Users Api Ltd");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        String domain = Api.json(api.get(token, "customers/" + customer)).getJsonObject("companyProfile").getString("domain");
        String requestId = UUID.randomUUID().toString();

        HttpResponse<String> created = api.post(token, "customers/" + customer + "/users/",
                sdkUser("compat1", domain, "Secret-Pass-123"), requestId);
        HttpResponse<String> retried = api.post(token, "customers/" + customer + "/users/",
                sdkUser("compat1", domain, "Secret-Pass-123"), requestId);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject user = Api.json(created);
        String id = user.getString("id");
        assertEquals("compat1@" + domain, user.getString("userPrincipalName"));
        assertEquals("Compat Check", user.getString("displayName"));
        assertFalse(created.body().contains("Secret-Pass-123"), "never the password");
        assertEquals(created.body(), retried.body());
        assertEquals(user, ok(api.get(token, "customers/" + customer + "/users/" + id)));
        assertEquals(1, ok(api.get(token, "customers/" + customer + "/users")).getInt("totalCount"));

        JsonObject reset = ok(api.patch(token, "customers/" + customer + "/users/" + id,
                "{\"attributes\":{\"objectType\":\"CustomerUser\"},\"passwordProfile\":{\"forceChangePassword\":true,"
                        + "\"password\":\"Another-Pass-456\",\"ForceChangePassword\":true,\"Password\":\"Another-Pass-456\"}}"));
        assertEquals(id, reset.getString("id"));
        assertEquals("Compat Check", reset.getString("displayName"), "what was left out stays");

        HttpResponse<String> deleted = api.delete(token, "customers/" + customer + "/users/" + id);
        assertTrue(deleted.statusCode() / 100 == 2, deleted.body());
        assertEquals(404, api.get(token, "customers/" + customer + "/users/" + id).statusCode());
    }

    @Test
    void badUsersAre400TheyPageByContinuationAndAnotherPartnersAre404() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newCustomer(partner, "Paged Users Ltd");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        String domain = Api.json(api.get(token, "customers/" + customer)).getJsonObject("companyProfile").getString("domain");

        for (String wrong : List.of(sdkUser("short", domain, "short"), sdkUser("bad name!", domain, "Long-Enough-1"),
                sdkUser("nopass", domain, "x").replaceAll(",\"passwordProfile\":\\{.*\\}\\}$", "}"))) {
            HttpResponse<String> refused = api.post(token, "customers/" + customer + "/users", wrong,
                    UUID.randomUUID().toString());
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
        }
        List<String> made = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            made.add(Api.json(api.post(token, "customers/" + customer + "/users",
                    sdkUser("paged" + i, domain, "Long-Enough-" + i), UUID.randomUUID().toString())).getString("id"));
        }
        JsonObject first = ok(api.get(token, "customers/" + customer + "/users?size=2"));
        JsonObject next = first.getJsonObject("links").getJsonObject("next");
        assertEquals("customers/" + customer + "/users?size=2&seekOperation=Next", next.getString("uri"));
        JsonObject second = ok(api.get(token, next.getString("uri"), "MS-ContinuationToken",
                next.getJsonArray("headers").getJsonObject(0).getString("value")));
        List<String> seen = new ArrayList<>();
        first.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
        second.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
        assertEquals(made, seen);

        String stranger = api.token(api.newClient(api.newPartner("DIRECT_RESELLER"), "ADMIN_AGENT"));
        assertEquals(404, api.get(stranger, "customers/" + customer + "/users").statusCode());
        assertEquals(404, api.get(stranger, "customers/" + customer + "/users/" + made.get(0)).statusCode());
        assertEquals(404, api.delete(stranger, "customers/" + customer + "/users/" + made.get(0)).statusCode());
        assertEquals(3, ok(api.get(token, "customers/" + customer + "/users")).getInt("totalCount"));
    }
}
