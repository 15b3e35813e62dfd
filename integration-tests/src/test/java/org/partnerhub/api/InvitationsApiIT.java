package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invitations to customers through Partner Hub's own resource: made with their link, resent, revoked, paged. */
class InvitationsApiIT extends ApiTest {

    @Test
    void anInvitationAnswersWithItsLinkOnceAndIsResentWithANewOneThenRevoked() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        String requestId = uuid();

        HttpResponse<String> made = api.post(token, "invitations", "{\"language\": \"pt-BR\"}", requestId);
        JsonObject invitation = created(made);
        String id = invitation.getString("id");
        assertEquals("pending", invitation.getString("status"));
        assertEquals("pt-BR", invitation.getString("language"));
        assertEquals("RelationshipInvitation", invitation.getJsonObject("attributes").getString("objectType"));
        String link = invitation.getString("url");
        assertTrue(link.matches("http://.+/partnerhub/accept/[A-Za-z0-9_-]{43}"), link);
        assertEquals(200, api.page(link).statusCode(), "the link opens the public acceptance page");
        HttpResponse<String> retried = api.post(token, "invitations", "{\"language\": \"pt-BR\"}", requestId);
        assertEquals(made.body(), retried.body(), "a retry with the same MS-RequestId answers as the first time");
        assertEquals(List.of(id), allIds(token, "invitations", () -> { }), "and made no second invitation");
        assertFalse(ok(api.get(token, "invitations/" + id)).containsKey("url"), "the link is never shown again");

        JsonObject resent = ok(api.post(token, "invitations/" + id + "/resend", "{}", uuid()));
        assertEquals(id, resent.getString("id"));
        assertNotEquals(link, resent.getString("url"), "a new link");
        JsonObject revoked = ok(api.post(token, "invitations/" + id + "/revoke", "{}", uuid()));
        assertEquals("revoked", revoked.getString("status"));
        assertEquals(400, api.post(token, "invitations/" + id + "/resend", "{}", uuid())
                .statusCode(), "a revoked invitation is not sent again");

        JsonObject byLocale = created(api.post(token, "invitations", "{\"recipientEmail\": \"it@buyer.example\"}", uuid()));
        assertEquals("en", byLocale.getString("language"), "X-Locale en-US when the body names no language");
        assertEquals("it@buyer.example", ok(api.get(token, "invitations/" + byLocale.getString("id")))
                .getString("recipientEmail"), "whom it was written to is kept");
        assertEquals(400, api.post(token, "invitations", "{\"recipientEmail\": \"not an address\"}", uuid()).statusCode(),
                "a recipient that is not an email address is refused");
        List<String> actions = ok(api.get(token, "auditrecords?startDate=2020-01-01")).getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("operationType"))
                .filter(action -> action.startsWith("INVITATION_") || action.equals("RELATIONSHIP_INVITED")).toList();
        assertEquals(List.of("RELATIONSHIP_INVITED", "INVITATION_REVOKED", "INVITATION_RESENT", "RELATIONSHIP_INVITED"),
                actions);
    }

    @Test
    void aJointInvitationNamesTheProviderAndStrangersRolesAndBadInputAreRefused() throws Exception {
        String provider = api.newPartner("INDIRECT_PROVIDER");
        String reseller = api.newPartner("INDIRECT_RESELLER");
        api.partnership(provider, reseller);
        String token = api.token(api.newClient(reseller, "ADMIN_AGENT"));
        JsonObject partnership = ok(api.get(token, "partnerships?status=active")).getJsonArray("items").getJsonObject(0);
        String providerId = partnership.getJsonObject("provider").getString("id");

        JsonObject joint = created(api.post(token, "invitations", "{\"language\": \"es\", \"jointProviderId\": \""
                + providerId + "\"}", uuid()));
        assertEquals(providerId, joint.getJsonObject("jointProvider").getString("id"));
        assertEquals(partnership.getJsonObject("provider").getString("name"),
                joint.getJsonObject("jointProvider").getString("name"));

        String id = joint.getString("id");
        String stranger = api.token(api.newClient(api.newPartner("INDIRECT_RESELLER"), "ADMIN_AGENT"));
        for (HttpResponse<String> notFound : List.of(api.get(stranger, "invitations/" + id),
                api.post(stranger, "invitations/" + id + "/resend", "{}", uuid()),
                api.post(stranger, "invitations/" + id + "/revoke", "{}", uuid()),
                api.get(token, "invitations/0"))) {
            assertEquals(404, notFound.statusCode(), notFound.body());
        }
        assertEquals(0, ok(api.get(stranger, "invitations")).getInt("totalCount"));
        assertEquals(403, api.post(api.token(api.newClient(reseller, "HELPDESK_AGENT")), "invitations", "{}",
                uuid()).statusCode());

        for (String wrong : List.of("{\"language\": \"fr\"}", "{\"language\": 7}", "{\"jointProviderId\": \"x1\"}",
                "{\"jointProviderId\": \"999999999\"}",
                "{\"formerCustomerId\": \"12x\"}", "{oops")) {
            HttpResponse<String> refused = api.post(token, "invitations", wrong, uuid());
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
        }
        assertEquals(1, ok(api.get(token, "invitations")).getInt("totalCount"), "nothing refused was made");
    }

    @Test
    void pagesFollowNewestFirstWithoutRepeatsWhileAnotherInvitationIsMade() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(created(api.post(token, "invitations", "{}", uuid())).getString("id"));
        }
        List<String> meanwhile = new ArrayList<>();

        List<String> seen = allIds(token, "invitations?size=2", () -> meanwhile.add(
                created(api.post(token, "invitations", "{}", uuid())).getString("id")));

        List<String> newestFirst = new ArrayList<>(made);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen, "3 pages, each invitation once; the one made meanwhile is newer than them all");
        assertEquals(meanwhile.get(0), ok(api.get(token, "invitations?size=1")).getJsonArray("items").getJsonObject(0)
                .getString("id"));
        assertEquals(400, api.get(token, "invitations?size=2&seekOperation=Next", "MS-ContinuationToken", "x.y")
                .statusCode());
    }
}
