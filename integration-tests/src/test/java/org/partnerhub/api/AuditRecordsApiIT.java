package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit log through the API: what an API client did, under its name, filtered and paged, by
 * the audit log page's filters (actor, customer, words), which a next page keeps.
 */
class AuditRecordsApiIT extends ApiTest {

    @Test
    void whatAClientDidIsInTheLogUnderItsNameFilteredByActionAndTimeNewestFirstInPages() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        List<String> made = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String prefix = "audit" + UUID.randomUUID().toString().substring(0, 8);
            made.add(Api.json(api.post(token, "customers", CustomerCreateApiIT.sdkBody(prefix, "Audited " + i,
                    "a@example.com"), UUID.randomUUID().toString())).getJsonObject("companyProfile").getString("domain"));
            // sent as a bare prefix, so echoed as one
        }

        JsonObject first = ok(api.get(token, "auditrecords?action=CUSTOMER_CREATED&size=2&startDate=2020-01-01"));
        JsonObject next = first.getJsonObject("links").getJsonObject("next");
        JsonObject second = ok(api.get(token, next.getString("uri"), "MS-ContinuationToken",
                next.getJsonArray("headers").getJsonObject(0).getString("value")));
        List<JsonObject> records = new ArrayList<>();
        first.getJsonArray("items").forEach(item -> records.add(item.asJsonObject()));
        second.getJsonArray("items").forEach(item -> records.add(item.asJsonObject()));

        assertEquals(3, records.size());
        assertFalse(second.containsKey("links"), "two pages hold the three");
        assertEquals(List.of("CUSTOMER_CREATED", "CUSTOMER_CREATED", "CUSTOMER_CREATED"),
                records.stream().map(record -> record.getString("operationType")).toList());
        assertEquals("API client it client ADMIN_AGENT", records.get(0).getString("userPrincipalName"));
        List<String> newestFirst = new ArrayList<>(made);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst.stream().map(prefix -> prefix + ".partnerhub.example").toList(),
                records.stream().map(record -> record.getString("resourceName")).toList());
        assertEquals(0, ok(api.get(token, "auditrecords?startDate=2999-01-01")).getInt("totalCount"));

        assertEquals(400, api.get(token, "auditrecords?action=NOTHING").statusCode());
        assertEquals(400, api.get(token, "auditrecords?startDate=yesterday").statusCode());
        assertEquals(403, api.get(api.token(api.newClient(partner, "SALES_AGENT")), "auditrecords").statusCode());
    }

    @Test
    void theLogPagesFiltersWorkThroughTheApiAndTheNextPageKeepsThem() throws Exception {
        String partner = api.newPartner("INDIRECT_PROVIDER");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<JsonObject> made = new ArrayList<>();
        for (String name : List.of("Filtered One " + tag, "Filtered Two " + tag)) {
            made.add(Api.json(api.post(token, "customers", CustomerCreateApiIT.sdkBody("f" + UUID.randomUUID()
                    .toString().substring(0, 8), name, "a@example.com"), UUID.randomUUID().toString())));
        }
        String one = made.get(0).getString("id");
        String elsewhere = api.newCustomer(api.newPartner("DIRECT_RESELLER"), "Elsewhere " + tag);

        List<JsonObject> aboutOne = items(ok(api.get(token, "auditrecords?customerId=" + one)));
        assertFalse(aboutOne.isEmpty());
        assertTrue(aboutOne.stream().allMatch(record -> record.getString("customerId").equals(one)
                && record.getString("resourceName").equals(made.get(0).getJsonObject("companyProfile")
                        .getString("domain") + ".partnerhub.example")), aboutOne.toString());
        assertEquals(0, ok(api.get(token, "auditrecords?customerId=" + elsewhere)).getInt("totalCount"),
                "another partner's customer is in no event of this log");

        List<JsonObject> aboutTwo = items(ok(api.get(token, "auditrecords?text=" + Api.encoded("filtered TWO " + tag))));
        assertEquals(List.of(made.get(1).getString("id")),
                aboutTwo.stream().map(record -> record.getString("customerId")).distinct().toList());

        String byClient = "auditrecords?action=CUSTOMER_CREATED&size=1&actor=" + Api.encoded("API client it client ADMIN_AGENT");
        JsonObject first = ok(api.get(token, byClient));
        JsonObject next = first.getJsonObject("links").getJsonObject("next");
        JsonObject second = ok(api.get(token, next.getString("uri"), "MS-ContinuationToken",
                next.getJsonArray("headers").getJsonObject(0).getString("value")));
        assertFalse(second.containsKey("links"), "two customers made, two pages of one");
        assertEquals(List.of(made.get(1).getString("id"), made.get(0).getString("id")),
                List.of(items(first).get(0).getString("customerId"), items(second).get(0).getString("customerId")));
        assertEquals(0, ok(api.get(token, "auditrecords?actor=" + Api.encoded("nobody@example.com"))).getInt("totalCount"));

        assertEquals(400, api.get(token, "auditrecords?customerId=abc").statusCode());
        assertEquals(400, api.get(token, "auditrecords?text=" + "x".repeat(300)).statusCode());
    }

    private static List<JsonObject> items(JsonObject page) {
        List<JsonObject> items = new ArrayList<>();
        page.getJsonArray("items").forEach(item -> items.add(item.asJsonObject()));
        return items;
    }
}
