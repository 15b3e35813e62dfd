package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The API's front door over HTTP: OAuth 2.0 client credentials give a bearer token, the token
 * reaches the same services as the pages with the client's partner as tenant, and nothing
 * reaches them without a valid token.
 */
class ApiAuthenticationIT extends ApiTest {

    @Test
    void aClientsCredentialsGiveAnHourLongBearerTokenThatReadsItsPartnersCustomers() throws Exception {
        String partner = api.newPartner("INDIRECT_RESELLER");
        String customer = api.newCustomer(partner, "Token Customer Ltd");
        String[] client = api.newClient(partner, "HELPDESK_AGENT");

        HttpResponse<String> issued = api.requestToken("grant_type=client_credentials&client_id=" + Api.encoded(client[0])
                + "&client_secret=" + Api.encoded(client[1]));
        JsonObject token = Api.json(issued);
        HttpResponse<String> read = api.get(token.getString("access_token"), "customers/" + customer);

        assertEquals(200, issued.statusCode(), issued.body());
        assertEquals("Bearer", token.getString("token_type"));
        assertEquals(3600, token.getInt("expires_in"));
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, read.statusCode(), read.body());
        JsonObject found = Api.json(read);
        assertEquals(customer, found.getString("id"), "ids are strings");
        assertEquals("Token Customer Ltd", found.getJsonObject("companyProfile").getString("companyName"));
        assertEquals("Customer", found.getJsonObject("attributes").getString("objectType"));
        assertEquals("reseller", found.getString("relationshipToPartner"));
        assertTrue(read.headers().firstValue("Set-Cookie").isEmpty(), "an API call keeps no session");

        HttpResponse<String> withBasic = api.requestToken("grant_type=client_credentials", client);
        assertEquals(200, withBasic.statusCode(), "HTTP Basic credentials: " + withBasic.body());
        HttpResponse<String> wrongSecret = api.requestToken("grant_type=client_credentials&client_id="
                + Api.encoded(client[0]) + "&client_secret=wrong");
        assertEquals(401, wrongSecret.statusCode());
        assertEquals("invalid_client", Api.json(wrongSecret).getString("error"));
        assertEquals(401, api.requestToken("grant_type=client_credentials").statusCode(), "no credentials at all");
        HttpResponse<String> password = api.requestToken("grant_type=password");
        assertEquals(400, password.statusCode());
        assertEquals("unsupported_grant_type", Api.json(password).getString("error"));
    }

    @Test
    void withoutAValidTokenNothingIsReachedAndTheAnswerIs401InPartnerCentersShape() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newCustomer(partner, "Locked Out Ltd");
        String[] client = api.newClient(partner, "ADMIN_AGENT");
        String token = api.token(client);
        assertEquals(200, api.get(token, "customers/" + customer).statusCode());

        for (String wrong : new String[] {null, "", "not-a-token", token + "x"}) {
            HttpResponse<String> refused = api.get(wrong, "customers/" + customer);
            assertEquals(401, refused.statusCode(), "token " + wrong);
            JsonObject fault = Api.json(refused);
            assertEquals("UNAUTHORIZED", fault.getString("code"));
            assertTrue(fault.getString("description").contains("oauth2/token"), fault.getString("description"));
            assertTrue(fault.get("data").getValueType() == jakarta.json.JsonValue.ValueType.ARRAY, "data is an array");
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }

        api.expireTokensOf(client[0]);
        assertEquals(401, api.get(token, "customers/" + customer).statusCode(), "an expired token");
        assertEquals(200, api.get(api.token(client), "customers/" + customer).statusCode(), "a new one works");
    }

    @Test
    void anotherPartnersCustomerAndAnIdThatIsNoIdAreNotFound() throws Exception {
        String owner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newCustomer(owner, "Not Yours Ltd");
        String other = api.newPartner("DIRECT_RESELLER");
        String token = api.token(api.newClient(other, "ADMIN_AGENT"));

        for (String id : new String[] {customer, "abc", "0", "99999999999"}) {
            HttpResponse<String> answer = api.get(token, "customers/" + id);
            assertEquals(404, answer.statusCode(), id + ": " + answer.body());
            assertEquals("CUSTOMER_NOT_FOUND", Api.json(answer).getString("code"));
            assertTrue(!Api.json(answer).getString("description").isBlank());
        }
        HttpResponse<String> nowhere = api.get(token, "nothing-here");
        assertEquals(404, nowhere.statusCode());
        assertEquals("NOT_FOUND", Api.json(nowhere).getString("code"));
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileAnotherClientIsServed() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String customer = api.newCustomer(partner, "Busy Ltd");
        String busy = api.token(api.newClient(partner, "HELPDESK_AGENT"));
        String calm = api.token(api.newClient(partner, "HELPDESK_AGENT"));

        HttpResponse<String> answer = null;
        int sent = 0;
        while (sent < 2000) {
            answer = api.get(busy, "customers/" + customer);
            sent++;
            if (answer.statusCode() != 200) {
                break;
            }
        }

        assertEquals(429, answer.statusCode(), "after " + sent + " requests: " + answer.body());
        assertTrue(sent > 600, "the first 600 a minute are served: " + sent);
        assertTrue(Integer.parseInt(answer.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertEquals("TOO_MANY_REQUESTS", Api.json(answer).getString("code"));
        assertEquals(200, api.get(calm, "customers/" + customer).statusCode(), "each client has its own rate");
    }

    @Test
    void theOpenApiDocumentIsOpenToAnyoneAndNamesTheTokenEndpoint() throws Exception {
        HttpResponse<String> document = api.page(base.toString().replaceAll("/$", "") + "/api/openapi.json");

        assertEquals(200, document.statusCode(), document.body());
        JsonObject openApi = Api.json(document);
        assertTrue(openApi.getString("openapi").startsWith("3."));
        assertTrue(openApi.getJsonObject("paths").containsKey("/oauth2/token"));
        assertTrue(openApi.getJsonObject("paths").containsKey("/v1/customers"));
    }
}
