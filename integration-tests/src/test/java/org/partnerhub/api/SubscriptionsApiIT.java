package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subscriptions and offers as Partner Center's SDK reads and changes them. */
class SubscriptionsApiIT extends ApiTest {

    /** Microsoft 365 Business Standard in the demo catalog: 1 to 300 licenses. */
    private static final long BUSINESS_STANDARD = 2;

    @Test
    void aSubscriptionIsReadInPartnerCentersShapeAndPatchedWholeAsTheSdkSendsItBack() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newSubscribedCustomer(partner, "Subscribed Ltd", BUSINESS_STANDARD);
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));

        JsonObject list = ok(api.get(token, "customers/" + customer + "/subscriptions"));
        assertEquals(1, list.getInt("totalCount"));
        JsonObject subscription = list.getJsonArray("items").getJsonObject(0);
        String id = subscription.getString("id");
        assertEquals("active", subscription.getString("status"));
        assertEquals(10, subscription.getInt("quantity"));
        assertFalse(subscription.getString("offerId").isBlank());
        assertTrue(List.of("monthly", "annual").contains(subscription.getString("billingCycle")));
        assertTrue(subscription.getString("creationDate").endsWith("Z"));
        assertEquals(subscription, ok(api.get(token, "customers/" + customer + "/subscriptions/" + id)));

        JsonObject more = ok(api.patch(token, "customers/" + customer + "/subscriptions/" + id,
                Json.createObjectBuilder(subscription).add("quantity", 12).build().toString()));
        assertEquals(12, more.getInt("quantity"), "the answer is the changed subscription");
        JsonObject suspended = ok(api.patch(token, "customers/" + customer + "/subscriptions/" + id,
                Json.createObjectBuilder(more).add("status", "suspended").build().toString()));
        assertEquals("suspended", suspended.getString("status"));
        JsonObject again = ok(api.patch(token, "customers/" + customer + "/subscriptions/" + id,
                Json.createObjectBuilder(suspended).add("status", "active").build().toString()));
        assertEquals("active", again.getString("status"));
        assertEquals(12, ok(api.get(token, "customers/" + customer + "/subscriptions/" + id)).getInt("quantity"));
    }

    @Test
    void aRefusedPartChangesNothingAndAnotherPartnersOrAnotherCustomersSubscriptionIsNotFound() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newSubscribedCustomer(partner, "Guarded Ltd", BUSINESS_STANDARD);
        String otherCustomer = api.newSubscribedCustomer(partner, "Other Customer Ltd", BUSINESS_STANDARD);
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        JsonObject subscription = ok(api.get(token, "customers/" + customer + "/subscriptions"))
                .getJsonArray("items").getJsonObject(0);
        String path = "customers/" + customer + "/subscriptions/" + subscription.getString("id");

        for (String body : List.of(Json.createObjectBuilder(subscription).add("quantity", 0).build().toString(),
                Json.createObjectBuilder(subscription).add("quantity", 301).build().toString(),
                Json.createObjectBuilder(subscription).add("quantity", "ten").build().toString(),
                Json.createObjectBuilder(subscription).add("status", "deleted").build().toString(), "{oops")) {
            HttpResponse<String> refused = api.patch(token, path, body);
            assertEquals(400, refused.statusCode(), body + ": " + refused.body());
        }
        String sales = api.token(api.newClient(partner, "SALES_AGENT"));
        HttpResponse<String> notAllowed = api.patch(sales, path,
                Json.createObjectBuilder(subscription).add("quantity", 15).add("status", "suspended").build().toString());
        assertEquals(403, notAllowed.statusCode(), "a Sales agent suspends nothing: " + notAllowed.body());
        assertEquals(subscription, ok(api.get(token, path)), "and its quantity did not change either");

        String otherSubscription = ok(api.get(token, "customers/" + otherCustomer + "/subscriptions"))
                .getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(404, api.get(token, "customers/" + customer + "/subscriptions/" + otherSubscription).statusCode());
        assertEquals(404, api.get(token, "customers/" + customer + "/subscriptions/xyz").statusCode());
        String stranger = api.token(api.newClient(api.newPartner("DIRECT_RESELLER"), "ADMIN_AGENT"));
        assertEquals(404, api.get(stranger, path).statusCode());
        assertEquals(404, api.get(stranger, "customers/" + customer + "/subscriptions").statusCode());
        assertEquals(404, api.patch(stranger, path, subscription.toString()).statusCode());
    }

    @Test
    void offersAreTheCatalogTheCallerOrdersFromByCountry() throws Exception {
        String token = api.token(api.newClient(api.newPartner("DIRECT_RESELLER"), "HELPDESK_AGENT"));

        JsonObject offers = ok(api.get(token, "offers?country=us"));
        assertTrue(offers.getInt("totalCount") > 0);
        offers.getJsonArray("items").forEach(value -> {
            JsonObject offer = value.asJsonObject();
            assertEquals("US", offer.getString("country"));
            assertFalse(offer.getString("id").isBlank() || offer.getString("name").isBlank());
            assertTrue(0 <= offer.getInt("minimumQuantity") && offer.getInt("minimumQuantity") <= offer.getInt("maximumQuantity"));
        });
        String id = offers.getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(id, ok(api.get(token, "offers/" + id.toLowerCase() + "?country=US")).getString("id"));
        assertEquals(2, ok(api.get(token, "offers?country=US&offset=0&size=2")).getInt("totalCount"));
        assertEquals(400, api.get(token, "offers").statusCode(), "the country is required");
        assertEquals(404, api.get(token, "offers/NO-SUCH-OFFER?country=US").statusCode());
    }

    @Test
    void anOrderAsTheSdkSendsItMakesOneSubscriptionPerLineOncePerRequestId() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newCustomer(partner, "Ordering Ltd");
        String token = api.token(api.newClient(partner, "SALES_AGENT"));
        String offer = ok(api.get(token, "offers?country=US")).getJsonArray("items").getJsonObject(0).getString("id");
        String order = "{\"attributes\":{\"objectType\":\"Order\"},\"referenceCustomerId\":\"" + customer
                + "\",\"billingCycle\":\"monthly\",\"totalPrice\":0.0,\"lineItems\":[{\"attributes\":"
                + "{\"objectType\":\"OrderLineItem\"},\"lineItemNumber\":0,\"offerId\":\"" + offer
                + "\",\"friendlyName\":\"compat-check order\",\"quantity\":3}]}";
        String requestId = java.util.UUID.randomUUID().toString();

        HttpResponse<String> placed = api.post(token, "customers/" + customer + "/orders", order, requestId);
        HttpResponse<String> retried = api.post(token, "customers/" + customer + "/orders", order, requestId);

        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject answer = Api.json(placed);
        assertEquals(customer, answer.getString("referenceCustomerId"));
        assertEquals("monthly", answer.getString("billingCycle"));
        assertTrue(answer.getString("creationDate").endsWith("Z"));
        JsonObject line = answer.getJsonArray("lineItems").getJsonObject(0);
        assertEquals(offer, line.getString("offerId"));
        assertEquals(3, line.getInt("quantity"));
        assertEquals(placed.body(), retried.body(), "the retry gets the first answer");
        JsonObject subscriptions = ok(api.get(token, "customers/" + customer + "/subscriptions"));
        assertEquals(1, subscriptions.getInt("totalCount"), "one subscription, not two");
        assertEquals(line.getString("subscriptionId"), subscriptions.getJsonArray("items").getJsonObject(0).getString("id"));

        for (String wrong : List.of(order.replace("\"quantity\":3", "\"quantity\":0"),
                order.replace(offer, "NO-SUCH-OFFER"), order.replace("\"referenceCustomerId\":\"" + customer, "\"referenceCustomerId\":\"1"),
                "{\"lineItems\":[]}")) {
            HttpResponse<String> refused = api.post(token, "customers/" + customer + "/orders", wrong,
                    java.util.UUID.randomUUID().toString());
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
        }
        assertEquals(1, ok(api.get(token, "customers/" + customer + "/subscriptions")).getInt("totalCount"));
        String helpdesk = api.token(api.newClient(partner, "HELPDESK_AGENT"));
        assertEquals(403, api.post(helpdesk, "customers/" + customer + "/orders", order,
                java.util.UUID.randomUUID().toString()).statusCode());
    }

    /**
     * An indirect reseller's order names the partnered provider that buys (Partner Hub's
     * indirectProviderId): without it, or with a partner id that is not its provider's, nothing is
     * ordered; with it the provider is the partner of record.
     */
    @Test
    void anIndirectResellersOrderIsBoughtByTheProviderItNames() throws Exception {
        String provider = api.newPartner("INDIRECT_PROVIDER");
        String reseller = api.newPartner("INDIRECT_RESELLER");
        api.partnership(provider, reseller);
        String customer = api.newSharedCustomer(reseller, provider, "Two Tier Ltd");
        String token = api.token(api.newClient(reseller, "SALES_AGENT"));
        String providerId = ok(api.get(token, "relationships?relationship_type=is_indirect_reseller_of"))
                .getJsonArray("items").getJsonObject(0).getString("id");
        String offer = ok(api.get(token, "offers?country=US")).getJsonArray("items").getJsonObject(0).getString("id");
        String order = "{\"referenceCustomerId\":\"" + customer + "\",\"billingCycle\":\"monthly\","
                + "\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"" + offer + "\",\"quantity\":2}]}";

        HttpResponse<String> withoutProvider = api.post(token, "customers/" + customer + "/orders", order,
                java.util.UUID.randomUUID().toString());
        assertEquals(400, withoutProvider.statusCode(), withoutProvider.body());
        assertEquals(List.of("indirectProviderId"), Api.json(withoutProvider).getJsonArray("data").stream()
                .map(value -> ((jakarta.json.JsonString) value).getString()).toList());
        HttpResponse<String> notPartner = api.post(token, "customers/" + customer + "/orders",
                order.replace("{\"referenceCustomerId\"", "{\"indirectProviderId\":\"" + Long.MAX_VALUE / 2
                        + "\",\"referenceCustomerId\""), java.util.UUID.randomUUID().toString());
        assertEquals(400, notPartner.statusCode(), notPartner.body());
        assertEquals(0, ok(api.get(token, "customers/" + customer + "/subscriptions")).getInt("totalCount"));

        HttpResponse<String> placed = api.post(token, "customers/" + customer + "/orders",
                order.replace("{\"referenceCustomerId\"", "{\"indirectProviderId\":\"" + providerId
                        + "\",\"referenceCustomerId\""), java.util.UUID.randomUUID().toString());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject bought = ok(api.get(token, "customers/" + customer + "/subscriptions")).getJsonArray("items")
                .getJsonObject(0);
        assertEquals(providerId, bought.getString("partnerId"), "the provider is the partner of record");
    }
}
