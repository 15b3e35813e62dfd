package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/customers} as Partner Center's SDK calls it: pages, continuation, filter. */
class CustomersApiIT extends ApiTest {

    @Test
    void pagesFollowLinksNextWithItsHeaderAndNeitherRepeatNorSkipACustomerAddedMeanwhile() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        List<String> made = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            made.add(api.newCustomer(partner, "Paged " + i));
        }
        String token = api.token(api.newClient(partner, "HELPDESK_AGENT"));

        JsonObject page = ok(api.get(token, "customers?size=3"));
        List<String> seen = new ArrayList<>(ids(page));
        made.add(api.newCustomer(partner, "Added while paging"));
        int pages = 1;
        while (page.containsKey("links") && page.getJsonObject("links").containsKey("next")) {
            JsonObject next = page.getJsonObject("links").getJsonObject("next");
            String uri = next.getString("uri");
            assertFalse(uri.startsWith("/") || uri.contains("://"), "relative to v1/, as the SDK appends it: " + uri);
            assertEquals("customers?size=3&seekOperation=Next", uri);
            JsonObject header = next.getJsonArray("headers").getJsonObject(0);
            assertEquals("MS-ContinuationToken", header.getString("key"));
            page = ok(api.get(token, uri, header.getString("key"), header.getString("value")));
            seen.addAll(ids(page));
            pages++;
        }

        assertEquals(3, pages, "3 + 3 + 2");
        assertEquals(made, seen, "every customer once, in the order made, the one added meanwhile last");
        assertEquals(new HashSet<>(made).size(), seen.size());
        HttpResponse<String> whole = api.get(token, "customers");
        assertTrue(whole.headers().firstValue("Server-Timing").orElse("").matches("app;dur=[0-9]+\\.[0-9]"),
                "the server says how long it took: " + whole.headers().map());
        JsonObject all = ok(whole);
        assertEquals(8, all.getInt("totalCount"), "totalCount is the number of items in the answer");
        assertEquals(made, ids(all));
        assertEquals("Collection", all.getJsonObject("attributes").getString("objectType"));
        assertFalse(all.containsKey("links"), "one page holds them all: no next");
    }

    @Test
    void aChangedOrForeignContinuationAndSizesOutOfRangeAre400() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        for (int i = 1; i <= 3; i++) {
            api.newCustomer(partner, "Tampered " + i);
        }
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        JsonObject first = ok(api.get(token, "customers?size=1"));
        String continuation = first.getJsonObject("links").getJsonObject("next").getJsonArray("headers")
                .getJsonObject(0).getString("value");
        String other = api.token(api.newClient(api.newPartner("DIRECT_RESELLER"), "ADMIN_AGENT"));

        String changed = continuation.substring(0, 5) + (continuation.charAt(5) == 'A' ? 'B' : 'A') + continuation.substring(6);
        for (HttpResponse<String> refused : List.of(
                api.get(token, "customers?size=1&seekOperation=Next", "MS-ContinuationToken", changed),
                api.get(token, "customers?size=1&seekOperation=Next", "MS-ContinuationToken", "garbage"),
                api.get(token, "customers?size=1&seekOperation=Next"),
                api.get(other, "customers?size=1&seekOperation=Next", "MS-ContinuationToken", continuation),
                api.get(token, "customers?size=501"),
                api.get(token, "customers?size=many"),
                api.get(token, "customers?size=1&seekOperation=PageIndex"))) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(!Api.json(refused).getString("description").isBlank());
        }
        assertEquals(200, api.get(token, "customers?size=1&seekOperation=Next", "MS-ContinuationToken", continuation)
                .statusCode(), "the unchanged token still works");
    }

    @Test
    void aStartsWithFilterOnCompanyNameOrDomainMatchesInAnyCase() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String contoso = api.newCustomer(partner, "Contoso " + tag);
        api.newCustomer(partner, "Fabrikam " + tag);
        String token = api.token(api.newClient(partner, "SALES_AGENT"));

        JsonObject byName = ok(api.get(token, "customers?size=0&filter=" + Api.encoded(
                "{\"value\":\"CON\",\"field\":\"CompanyName\",\"fieldType\":\"String\",\"operator\":\"StartsWith\"}")));
        assertEquals(List.of(contoso), ids(byName));

        String domain = ok(api.get(token, "customers/" + contoso)).getJsonObject("companyProfile")
                .getString("domain");
        String prefix = domain.substring(0, domain.indexOf('.'));
        for (String asked : List.of(prefix, prefix + ".onmicrosoft.com", domain.toUpperCase())) {
            JsonObject byDomain = ok(api.get(token, "customers?size=0&filter=" + Api.encoded(
                    "{\"value\":\"" + asked + "\",\"field\":\"Domain\",\"fieldType\":\"String\",\"operator\":\"StartsWith\"}")));
            assertEquals(List.of(contoso), ids(byDomain), asked);
        }
        for (String wrong : List.of("{\"value\":\"C\",\"field\":\"CompanyName\",\"operator\":\"Equals\"}",
                "{\"value\":\"C\",\"field\":\"Country\",\"operator\":\"StartsWith\"}", "not json", "[1]")) {
            assertEquals(400, api.get(token, "customers?filter=" + Api.encoded(wrong)).statusCode(), wrong);
        }
    }

    private static List<String> ids(JsonObject page) {
        assertEquals(JsonValue.ValueType.ARRAY, page.get("items").getValueType());
        assertEquals(page.getJsonArray("items").size(), page.getInt("totalCount"));
        List<String> ids = new ArrayList<>();
        page.getJsonArray("items").forEach(item -> ids.add(item.asJsonObject().getString("id")));
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size());
        return ids;
    }
}
