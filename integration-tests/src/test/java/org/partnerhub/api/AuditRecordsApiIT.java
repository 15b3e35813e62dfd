package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit log through the API: what an API client did, under its name, filtered and paged. */
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
}
