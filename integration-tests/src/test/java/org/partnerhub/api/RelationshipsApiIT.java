package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relationship request links and partnered partners, as Partner Center's SDK reads them. */
class RelationshipsApiIT extends ApiTest {

    @Test
    void aProviderSeesItsResellersAndAResellerItsProviderEachFromItsOwnSide() throws Exception {
        String provider = api.newPartner("INDIRECT_PROVIDER");
        String reseller = api.newPartner("INDIRECT_RESELLER");
        api.partnership(provider, reseller);
        String shared = api.newSharedCustomer(provider, reseller, "Shared Ltd");
        String providerToken = api.token(api.newClient(provider, "SALES_AGENT"));
        String resellerToken = api.token(api.newClient(reseller, "SALES_AGENT"));

        JsonObject resellers = ok(api.get(providerToken, "relationships?relationship_type=is_indirect_cloud_solution_provider_of"));
        JsonObject item = resellers.getJsonArray("items").getJsonObject(0);
        assertEquals(1, resellers.getInt("totalCount"));
        assertEquals("is_indirect_cloud_solution_provider_of", item.getString("relationshipType"));
        assertEquals(reseller, item.getString("mpnId"));
        assertTrue(!item.getString("id").isBlank() && !item.getString("name").isBlank());
        assertEquals(0, ok(api.get(providerToken, "relationships?relationship_type=is_indirect_reseller_of"))
                .getInt("totalCount"), "a provider is nobody's reseller here");
        JsonObject providers = ok(api.get(resellerToken, "relationships?relationship_type=is_indirect_reseller_of"));
        assertEquals(provider, providers.getJsonArray("items").getJsonObject(0).getString("mpnId"));
        assertEquals(400, api.get(providerToken, "relationships?relationship_type=friends").statusCode());

        JsonObject ofCustomer = ok(api.get(providerToken, "customers/" + shared + "/relationships"));
        assertEquals(List.of(reseller), ofCustomer.getJsonArray("items").stream()
                .map(value -> value.asJsonObject().getString("mpnId")).toList());
        assertEquals("is_indirect_reseller_of",
                ofCustomer.getJsonArray("items").getJsonObject(0).getString("relationshipType"));
        String other = api.token(api.newClient(api.newPartner("INDIRECT_PROVIDER"), "SALES_AGENT"));
        assertEquals(404, api.get(other, "customers/" + shared + "/relationships").statusCode());
    }

    @Test
    void aRelationshipRequestIsAnAbsoluteLinkTheCustomerOpensAndOnlyAdminsMayMakeOne() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));

        JsonObject request = ok(api.get(token, "customers/relationshiprequests"));
        String url = request.getString("url");
        assertTrue(url.startsWith(base.toString().replaceAll("/$", "") + "/accept/"), url);
        assertEquals("CustomerRelationshipRequest", request.getJsonObject("attributes").getString("objectType"));
        assertEquals(200, api.page(url).statusCode(), "the customer opens it without signing in");

        HttpResponse<String> helpdesk = api.get(api.token(api.newClient(partner, "HELPDESK_AGENT")),
                "customers/relationshiprequests");
        assertEquals(403, helpdesk.statusCode(), helpdesk.body());
    }
}
