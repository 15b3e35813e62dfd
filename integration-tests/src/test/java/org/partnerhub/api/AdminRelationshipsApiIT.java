package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Granular admin relationships through Partner Hub's own resource under a customer. */
class AdminRelationshipsApiIT extends ApiTest {

    @Test
    void aRequestAnswersWithItsApprovalLinkOnceAndIsEndedByThePartner() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newCustomer(partner, "Api Granular Ltd");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        String path = "customers/" + customer + "/adminrelationships";

        assertRefused(api.post(token, path, "{\"name\":\"Api\",\"roles\":[\"superuser\"],\"durationDays\":30}", uuid()),
                "roles");
        assertRefused(api.post(token, path, "{\"name\":\"Api\",\"roles\":[\"helpdesk_administrator\"],\"durationDays\":0}",
                uuid()), "durationDays");
        assertRefused(api.post(token, path, "{\"name\":\"Api\",\"roles\":[\"global_administrator\"],\"durationDays\":30,"
                + "\"autoExtend\":true}", uuid()), "autoExtend");
        assertEquals(0, ok(api.get(token, path)).getInt("totalCount"), "the refused requests left nothing");

        String body = "{\"name\":\"Api support\",\"roles\":[\"helpdesk_administrator\",\"license_administrator\"],"
                + "\"durationDays\":120,\"autoExtend\":true}";
        String requestId = uuid();
        HttpResponse<String> made = api.post(token, path, body, requestId);
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(made.body(), api.post(token, path, body, requestId).body(), "once per MS-RequestId");
        JsonObject relationship = Api.json(made);
        assertEquals("pending_approval", relationship.getString("status"));
        assertEquals(List.of("license_administrator", "helpdesk_administrator"), relationship.getJsonArray("roles")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertTrue(relationship.getString("approvalUrl").contains("/approve/"), relationship.toString());
        String id = relationship.getString("id");
        JsonObject listed = ok(api.get(token, path));
        assertEquals(1, listed.getInt("totalCount"));
        assertTrue(!listed.toString().contains("approvalUrl"), "the link is shown once");

        String stranger = api.token(api.newClient(api.newPartner("DIRECT_RESELLER"), "ADMIN_AGENT"));
        assertEquals(404, api.get(stranger, path + "/" + id).statusCode());
        assertEquals(403, api.post(api.token(api.newClient(partner, "HELPDESK_AGENT")), path, body, uuid()).statusCode());

        assertEquals("terminated", ok(api.post(token, path + "/" + id + "/terminate", "", uuid())).getString("status"));
        assertEquals(204, api.post(token, path + "/removelegacyprivileges", "", uuid()).statusCode());
        assertEquals(400, api.post(token, path + "/removelegacyprivileges", "", uuid()).statusCode(), "nothing left to remove");
    }

    private static void assertRefused(HttpResponse<String> answer, String field) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(List.of(field), Api.json(answer).getJsonArray("data").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
    }
}
