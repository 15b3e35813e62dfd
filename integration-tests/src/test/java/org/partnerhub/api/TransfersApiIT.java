package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Subscription transfers through Partner Hub's own resource: asked for by one partner, decided by the other. */
class TransfersApiIT extends ApiTest {

    /** Microsoft 365 Business Standard in the demo catalog. */
    private static final long BUSINESS_STANDARD = 2;

    @Test
    void thePartnerThatServesTheCustomerTooAsksAndThePartnerOfRecordApproves() throws Exception {
        Shared shared = sharedCustomer("Moving Ltd");
        String customer = shared.customer();
        String holderToken = shared.holderToken();
        String wantingToken = shared.wantingToken();
        String subscription = shared.subscription();
        String body = "{\"customerId\": \"" + customer + "\", \"subscriptionIds\": [\"" + subscription + "\"]}";
        String requestId = UUID.randomUUID().toString();

        HttpResponse<String> asked = api.post(wantingToken, "transfers", body, requestId);
        JsonObject requested = created(asked);
        String id = requested.getString("id");
        assertEquals("pending", requested.getString("status"));
        assertEquals("outgoing", requested.getString("direction"));
        assertEquals(customer, requested.getJsonObject("customer").getString("id"));
        assertEquals(List.of(subscription), requested.getJsonArray("subscriptionIds").getValuesAs(JsonString::getString));
        assertEquals("SubscriptionTransfer", requested.getJsonObject("attributes").getString("objectType"));
        assertEquals(asked.body(), api.post(wantingToken, "transfers", body, requestId).body(),
                "a retry with the same MS-RequestId answers as the first time");

        JsonObject incoming = ok(api.get(holderToken, "transfers"));
        assertEquals(1, incoming.getInt("totalCount"), "one request, though sent twice");
        assertEquals("incoming", incoming.getJsonArray("items").getJsonObject(0).getString("direction"));
        assertEquals(404, api.post(wantingToken, "transfers/" + id + "/approve", "{}", uuid()).statusCode(),
                "the partner that asked does not decide");

        JsonObject approved = ok(api.post(holderToken, "transfers/" + id + "/approve", "{}", uuid()));
        assertEquals("approved", approved.getString("status"));
        assertEquals("approved", ok(api.get(wantingToken, "transfers/" + id)).getString("status"));
        assertEquals(409, api.post(holderToken, "transfers/" + id + "/approve", "{}", uuid()).statusCode());
        List<String> actions = ok(api.get(wantingToken, "auditrecords?startDate=2020-01-01")).getJsonArray("items")
                .stream().map(item -> item.asJsonObject().getString("operationType"))
                .filter(action -> action.startsWith("TRANSFER_")).toList();
        assertEquals(List.of("TRANSFER_APPROVED", "TRANSFER_REQUESTED"), actions, "both sides keep each step");
    }

    @Test
    void aRejectionNeedsAReasonAndStrangersRolesAndBadInputAreRefusedWithNothingWritten() throws Exception {
        Shared shared = sharedCustomer("Staying Ltd");
        String customer = shared.customer();
        String holderToken = shared.holderToken();
        String wantingToken = shared.wantingToken();
        String subscription = shared.subscription();
        String notServed = api.newSubscribedCustomer(shared.holder(), "Not Served Ltd", BUSINESS_STANDARD);

        for (String wrong : List.of("{\"subscriptionIds\": [\"" + subscription + "\"]}",
                "{\"customerId\": \"" + customer + "\", \"subscriptionIds\": []}",
                "{\"customerId\": \"" + customer + "\", \"subscriptionIds\": [" + subscription + "]}",
                "{\"customerId\": \"" + customer + "\", \"subscriptionIds\": \"" + subscription + "\"}", "{oops")) {
            HttpResponse<String> refused = api.post(wantingToken, "transfers", wrong, uuid());
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
        }
        for (String unknown : List.of("{\"customerId\": \"" + notServed + "\", \"subscriptionIds\": [\""
                + subscriptionOf(holderToken, notServed) + "\"]}",
                "{\"customerId\": \"" + customer + "\", \"subscriptionIds\": [\"999999999\"]}")) {
            HttpResponse<String> refused = api.post(wantingToken, "transfers", unknown, uuid());
            assertEquals(404, refused.statusCode(), unknown + ": " + refused.body());
        }
        String body = "{\"customerId\": \"" + customer + "\", \"subscriptionIds\": [\"" + subscription + "\"]}";
        assertEquals(403, api.post(api.token(api.newClient(shared.wanting(), "SALES_AGENT")), "transfers", body, uuid())
                .statusCode());
        assertEquals(0, ok(api.get(holderToken, "transfers")).getInt("totalCount"), "nothing refused was made");

        String id = created(api.post(wantingToken, "transfers", body, uuid())).getString("id");
        assertEquals(409, api.post(wantingToken, "transfers", body, uuid()).statusCode(), "asked for already");
        String stranger = api.token(api.newClient(api.newPartner("DIRECT_RESELLER"), "ADMIN_AGENT"));
        for (HttpResponse<String> notFound : List.of(api.get(stranger, "transfers/" + id),
                api.post(stranger, "transfers/" + id + "/approve", "{}", uuid()),
                api.post(stranger, "transfers/" + id + "/reject", "{\"reason\": \"no\"}", uuid()),
                api.get(holderToken, "transfers/-1"))) {
            assertEquals(404, notFound.statusCode(), notFound.body());
        }
        assertEquals(400, api.post(holderToken, "transfers/" + id + "/reject", "{}", uuid()).statusCode());
        assertEquals("pending", ok(api.get(holderToken, "transfers/" + id)).getString("status"));

        JsonObject rejected = ok(api.post(holderToken, "transfers/" + id + "/reject",
                "{\"reason\": \"Contract runs until June\"}", uuid()));
        assertEquals("rejected", rejected.getString("status"));
        assertEquals("Contract runs until June", rejected.getString("decisionReason"));
        assertFalse(ok(api.get(wantingToken, "transfers/" + id)).getString("decidedByUser").isBlank());
    }

    /** A customer whose subscription one partner (the holder) holds, and another partner serves too. */
    private record Shared(String holder, String wanting, String customer, String holderToken, String wantingToken,
            String subscription) {
    }

    private Shared sharedCustomer(String company) throws Exception {
        String holder = api.newPartner("DIRECT_RESELLER");
        String wanting = api.newPartner("DIRECT_RESELLER");
        String customer = api.newSharedSubscribedCustomer(holder, wanting, company, BUSINESS_STANDARD);
        String holderToken = api.token(api.newClient(holder, "ADMIN_AGENT"));
        return new Shared(holder, wanting, customer, holderToken, api.token(api.newClient(wanting, "ADMIN_AGENT")),
                subscriptionOf(holderToken, customer));
    }

    private String subscriptionOf(String token, String customer) throws Exception {
        return ok(api.get(token, "customers/" + customer + "/subscriptions")).getJsonArray("items").getJsonObject(0)
                .getString("id");
    }
}
