package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Leads through Partner Hub's own resource: a provider's client refers one to its partnered
 * reseller, whose client answers and works it; the provider follows the status but never the
 * reseller's own notes.
 */
class ReferralsApiIT extends ApiTest {

    @Test
    void aProviderRefersALeadThatItsResellerAcceptsContactsAndWinsAndOnlyTheResellerSeesItsWork() throws Exception {
        Channel channel = channel();
        String offer = ok(api.get(channel.providerToken, "offers?country=US")).getJsonArray("items").getJsonObject(0)
                .getString("id");
        String body = "{\"companyName\": \"Lead Ltd\", \"contact\": {\"firstName\": \"Ana\", \"lastName\": \"Souza\","
                + " \"email\": \"ana@lead.example\", \"phone\": \"+55 11 5555-0100\"}, \"country\": \"br\","
                + " \"offerId\": \"" + offer + "\", \"licenses\": 25,"
                + " \"estimatedValue\": {\"amount\": 1250.50, \"currency\": \"EUR\"},"
                + " \"source\": \"Trade show\", \"note\": \"Wants Teams\","
                + " \"referToResellerId\": \"" + channel.resellerId + "\"}";
        String requestId = uuid();

        HttpResponse<String> recorded = api.post(channel.providerToken, "referrals", body, requestId);
        JsonObject referral = created(recorded);
        String id = referral.getString("id");
        assertEquals("pending", referral.getString("status"));
        assertEquals("Lead Ltd", referral.getString("companyName"));
        assertEquals("ana@lead.example", referral.getJsonObject("contact").getString("email"));
        assertEquals("+55 11 5555-0100", referral.getJsonObject("contact").getString("phone"));
        assertEquals("BR", referral.getString("country"));
        assertEquals(offer, referral.getString("offerId"));
        assertEquals(25, referral.getInt("licenses"));
        JsonObject value = referral.getJsonObject("estimatedValue");
        assertEquals(0, new BigDecimal("1250.50").compareTo(value.getJsonNumber("amount").bigDecimalValue()),
                value.toString());
        assertEquals("EUR", value.getString("currency"));
        assertEquals("Trade show", referral.getString("source"));
        assertEquals(channel.resellerId, referral.getJsonObject("assignedTo").getString("id"));
        assertEquals(channel.providerId, referral.getJsonObject("referredBy").getString("id"));
        assertTrue(referral.getString("referredAt").endsWith("Z"), referral.getString("referredAt"));
        assertEquals("Referral", referral.getJsonObject("attributes").getString("objectType"));
        assertEquals("referrals/" + id, referral.getJsonObject("links").getJsonObject("self").getString("uri"));
        HttpResponse<String> retried = api.post(channel.providerToken, "referrals", body, requestId);
        assertEquals(201, retried.statusCode(), "a retry with the same MS-RequestId answers as the first time");
        assertEquals(recorded.body(), retried.body());

        JsonObject pending = ok(api.get(channel.resellerToken, "referrals?list=working&status=PENDING"));
        assertEquals(List.of(id), ids(pending), "one lead, though sent twice");
        JsonObject received = pending.getJsonArray("items").getJsonObject(0);
        assertEquals(channel.providerId, received.getJsonObject("referredBy").getString("id"));
        assertEquals("Wants Teams", received.getString("note"), "the reseller reads the provider's note");
        assertEquals(List.of(id), ids(ok(api.get(channel.providerToken, "referrals?list=referred"))));
        assertEquals(0, ok(api.get(channel.providerToken, "referrals")).getInt("totalCount"),
                "the provider no longer works it");

        HttpResponse<String> tooEarly = api.post(channel.resellerToken, "referrals/" + id + "/won", "{}", uuid());
        assertEquals(400, tooEarly.statusCode(), tooEarly.body());
        assertEquals("REFERRAL_ORDER_WON", Api.json(tooEarly).getString("code"));
        assertEquals("Only a contacted referral can be marked won.", Api.json(tooEarly).getString("description"));
        assertEquals(404, api.post(channel.providerToken, "referrals/" + id + "/accept", "{}", uuid()).statusCode(),
                "only the reseller it was sent to answers");

        assertEquals("accepted", ok(api.post(channel.resellerToken, "referrals/" + id + "/accept", "", uuid()))
                .getString("status"));
        assertEquals("contacted", ok(api.post(channel.resellerToken, "referrals/" + id + "/contacted", "", uuid()))
                .getString("status"));
        assertEquals("Budget approved in March", ok(api.post(channel.resellerToken, "referrals/" + id + "/notes",
                "{\"text\": \"Budget approved in March\"}", uuid())).getString("notes"));
        JsonObject won = ok(api.post(channel.resellerToken, "referrals/" + id + "/won", "", uuid()));
        assertEquals("won", won.getString("status"));

        JsonObject seenByProvider = ok(api.get(channel.providerToken, "referrals/" + id));
        assertEquals("won", seenByProvider.getString("status"));
        for (String own : List.of("notes", "lostReason", "customerId")) {
            assertFalse(seenByProvider.containsKey(own), own + " is the reseller's own: " + seenByProvider);
        }
        JsonObject seenByReseller = ok(api.get(channel.resellerToken, "referrals/" + id));
        assertEquals("won", seenByReseller.getString("status"));
        assertEquals("Budget approved in March", seenByReseller.getString("notes"));
        assertTrue(seenByReseller.isNull("lostReason"), seenByReseller.toString());
        assertTrue(seenByReseller.isNull("customerId"), "won, its customer not added yet: " + seenByReseller);

        String stranger = api.token(api.newClient(api.newPartner("INDIRECT_RESELLER"), "ADMIN_AGENT"));
        for (HttpResponse<String> notFound : List.of(api.get(stranger, "referrals/" + id),
                api.post(stranger, "referrals/" + id + "/accept", "{}", uuid()),
                api.get(channel.resellerToken, "referrals/abc"))) {
            assertEquals(404, notFound.statusCode(), notFound.body());
            assertEquals("REFERRAL_NOT_FOUND", Api.json(notFound).getString("code"));
        }
        assertEquals(0, ok(api.get(stranger, "referrals")).getInt("totalCount"));
    }

    @Test
    void refusalsNameTheApiFieldAndRecordNothing() throws Exception {
        Channel channel = channel();
        String token = channel.providerToken;

        assertRefused(api.post(token, "referrals", lead(null, "a@b.example", "US", null), uuid()),
                "companyName: ");
        assertRefused(api.post(token, "referrals", lead("No Mail Ltd", "not an address", "US", null), uuid()),
                "contact.email: ");
        assertRefused(api.post(token, "referrals", lead("Nowhere Ltd", "a@b.example", "ZZ", null), uuid()),
                "country: ");
        assertRefused(api.post(token, "referrals", "{\"companyName\": \"Worth Ltd\", \"contact\": {\"firstName\":"
                + " \"A\", \"lastName\": \"B\", \"email\": \"a@b.example\"}, \"country\": \"US\","
                + " \"estimatedValue\": {\"amount\": -5}}", uuid()), "estimatedValue.amount: ");

        // A reseller the provider asked but that has not answered is no partnered reseller yet.
        String asked = api.newPartner("INDIRECT_RESELLER");
        String askedId = created(api.post(channel.providerAdminToken, "partnerships",
                "{\"resellerMpnId\": \"" + asked + "\"}", uuid())).getJsonObject("reseller").getString("id");
        HttpResponse<String> notPartner = api.post(token, "referrals", lead("Elsewhere Ltd", "a@b.example", "US",
                askedId), uuid());
        assertEquals(400, notPartner.statusCode(), notPartner.body());
        assertEquals(List.of("referToResellerId"), Api.json(notPartner).getJsonArray("data")
                .getValuesAs(JsonString::getString));
        assertEquals(0, ok(api.get(token, "referrals")).getInt("totalCount"), "the refused lead is not kept either");
        assertEquals(0, ok(api.get(token, "referrals?list=referred")).getInt("totalCount"));

        HttpResponse<String> helpdesk = api.post(api.token(api.newClient(channel.provider, "HELPDESK_AGENT")),
                "referrals", lead("Helpdesk Ltd", "h@b.example", "US", null), uuid());
        assertEquals(403, helpdesk.statusCode(), "a Helpdesk agent's client cannot record a lead: " + helpdesk.body());
        assertEquals(0, ok(api.get(token, "referrals")).getInt("totalCount"));

        JsonObject kept = created(api.post(token, "referrals", lead("Kept Ltd", "k@b.example", "US", null), uuid()));
        assertEquals("new", kept.getString("status"));
        assertFalse(kept.containsKey("referredBy"), "a lead the provider works itself was referred by nobody");
        assertEquals(channel.providerId, kept.getJsonObject("assignedTo").getString("id"));
        String keptPath = "referrals/" + kept.getString("id");
        HttpResponse<String> referElsewhere = api.post(token, keptPath + "/refer",
                "{\"resellerId\": \"" + askedId + "\"}", uuid());
        assertEquals(400, referElsewhere.statusCode(), referElsewhere.body());
        assertEquals(List.of("resellerId"), Api.json(referElsewhere).getJsonArray("data")
                .getValuesAs(JsonString::getString));
        assertEquals(400, api.post(token, keptPath + "/refer", "{}", uuid()).statusCode());
        assertEquals("new", ok(api.get(token, keptPath)).getString("status"), "still the provider's");
        String helpdeskToken = api.token(api.newClient(channel.provider, "HELPDESK_AGENT"));
        assertEquals("new", ok(api.get(helpdeskToken, keptPath)).getString("status"),
                "a Helpdesk agent's client reads");
        assertEquals(403, api.post(helpdeskToken, keptPath + "/contacted", "{}", uuid()).statusCode());

        for (String wrong : List.of("referrals?status=sleeping", "referrals?list=everything", "referrals?withinDays=0",
                "referrals?withinDays=week")) {
            assertEquals(400, api.get(token, wrong).statusCode(), wrong);
        }
        assertEquals(List.of("withinDays"), Api.json(api.get(token, "referrals?withinDays=0")).getJsonArray("data")
                .getValuesAs(JsonString::getString));
        assertEquals(1, ok(api.get(token, "referrals?withinDays=1")).getInt("totalCount"));
    }

    @Test
    void aDeclinedLeadGoesBackToTheProviderWhichKeepsItAndLosesIt() throws Exception {
        Channel channel = channel();
        String id = created(api.post(channel.providerToken, "referrals",
                lead("Declined Ltd", "d@b.example", "MX", channel.resellerId), uuid())).getString("id");

        HttpResponse<String> tooLong = api.post(channel.resellerToken, "referrals/" + id + "/decline",
                "{\"reason\": \"" + "x".repeat(501) + "\"}", uuid());
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(Api.json(tooLong).getString("description").contains("500 characters"), tooLong.body());
        JsonObject declined = ok(api.post(channel.resellerToken, "referrals/" + id + "/decline",
                "{\"reason\": \"Not our region\"}", uuid()));
        assertEquals("declined", declined.getString("status"));
        JsonObject seenByProvider = ok(api.get(channel.providerToken, "referrals/" + id));
        assertEquals("Not our region", seenByProvider.getString("declineReason"), "the provider reads the answer");
        assertEquals(List.of(id), ids(ok(api.get(channel.providerToken, "referrals?list=referred&status=declined"))));

        JsonObject kept = ok(api.post(channel.providerToken, "referrals/" + id + "/keep", "", uuid()));
        assertEquals("new", kept.getString("status"));
        assertEquals(channel.providerId, kept.getJsonObject("assignedTo").getString("id"));
        assertEquals(404, api.get(channel.resellerToken, "referrals/" + id).statusCode(),
                "the reseller that declined it no longer sees it");
        JsonObject lost = ok(api.post(channel.providerToken, "referrals/" + id + "/lost",
                "{\"reason\": \"Chose another vendor\"}", uuid()));
        assertEquals("lost", lost.getString("status"));
        assertEquals("Chose another vendor", lost.getString("lostReason"), "the provider works it now: its own reason");
    }

    @Test
    void pagesOfOneFollowTheContinuationWithTheirFilter() throws Exception {
        Channel channel = channel();
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            newestFirst.add(0, created(api.post(channel.providerToken, "referrals",
                    lead("Page " + i + " Ltd", "p" + i + "@b.example", "US", null), uuid())).getString("id"));
        }
        created(api.post(channel.providerToken, "referrals", lead("Referred Ltd", "r@b.example", "US",
                channel.resellerId), uuid()));

        JsonObject first = ok(api.get(channel.providerToken, "referrals?status=new&size=1"));
        assertEquals(1, first.getInt("totalCount"));
        assertEquals("referrals?size=1&seekOperation=Next",
                first.getJsonObject("links").getJsonObject("next").getString("uri"));
        assertEquals(newestFirst, allIds(channel.providerToken, "referrals?status=new&size=1",
                () -> created(api.post(channel.providerToken, "referrals",
                        lead("Meanwhile Ltd", "m@b.example", "US", null), uuid()))),
                "every new lead once, newest first; one recorded while paging is newer than the first page");
        assertEquals(400, api.get(channel.providerToken, "referrals?size=1&seekOperation=Next").statusCode(),
                "Next needs the continuation");
    }

    /** An indirect provider and an indirect reseller in an active partnership, each with an API client. */
    private Channel channel() throws Exception {
        String provider = api.newPartner("INDIRECT_PROVIDER");
        String reseller = api.newPartner("INDIRECT_RESELLER");
        api.partnership(provider, reseller);
        String providerToken = api.token(api.newClient(provider, "SALES_AGENT"));
        String resellerToken = api.token(api.newClient(reseller, "ADMIN_AGENT"));
        String resellerId = ok(api.get(providerToken,
                "relationships?relationship_type=is_indirect_cloud_solution_provider_of"))
                .getJsonArray("items").getJsonObject(0).getString("id");
        String providerId = ok(api.get(resellerToken, "relationships?relationship_type=is_indirect_reseller_of"))
                .getJsonArray("items").getJsonObject(0).getString("id");
        return new Channel(provider, providerId, providerToken, api.token(api.newClient(provider, "ADMIN_AGENT")),
                resellerId, resellerToken);
    }

    private record Channel(String provider, String providerId, String providerToken, String providerAdminToken,
            String resellerId, String resellerToken) {
    }

    /** A lead's body with the fields a test varies; a null company or reseller is left out. */
    private static String lead(String company, String email, String country, String referTo) {
        return "{" + (company == null ? "" : "\"companyName\": \"" + company + "\", ")
                + "\"contact\": {\"firstName\": \"Bea\", \"lastName\": \"Lima\", \"email\": \"" + email + "\"},"
                + " \"country\": \"" + country + "\""
                + (referTo == null ? "" : ", \"referToResellerId\": \"" + referTo + "\"") + "}";
    }

    /** A 400 whose only refused field is the one named, as "field: message". */
    private static void assertRefused(HttpResponse<String> answer, String field) {
        assertEquals(400, answer.statusCode(), answer.body());
        List<String> data = Api.json(answer).getJsonArray("data").getValuesAs(JsonString::getString);
        assertEquals(1, data.size(), answer.body());
        assertTrue(data.get(0).startsWith(field), answer.body());
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")).toList();
    }
}
