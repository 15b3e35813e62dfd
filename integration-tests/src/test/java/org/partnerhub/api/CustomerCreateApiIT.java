package org.partnerhub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/customers} with the body Partner Center's SDK sends, once per MS-RequestId. */
class CustomerCreateApiIT extends ApiTest {

    /** The body as the SDK sends it (attributes, nulls left out), for this domain and company. */
    static String sdkBody(String domain, String company, String email) {
        return "{\"attributes\":{\"objectType\":\"Customer\"},"
                + "\"companyProfile\":{\"attributes\":{\"objectType\":\"CustomerCompanyProfile\"},\"domain\":\"" + domain + "\"},"
                + "\"billingProfile\":{\"attributes\":{\"objectType\":\"CustomerBillingProfile\"},\"firstName\":\"Ada\","
                + "\"lastName\":\"Lovelace\",\"email\":" + (email == null ? "null" : "\"" + email + "\"")
                + ",\"culture\":\"en-US\",\"language\":\"en\",\"companyName\":\"" + company + "\","
                + "\"defaultAddress\":{\"country\":\"US\",\"city\":\"Redmond\",\"state\":\"WA\",\"addressLine1\":\"1 Microsoft Way\","
                + "\"postalCode\":\"98052\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"phoneNumber\":\"4255550100\"}},"
                + "\"unknownField\":{\"ignored\":true}}";
    }

    @Test
    void aCustomerMadeWithAnOnmicrosoftDomainAnswers201WithItsAdminsCredentialsAndARetryMakesNoSecond() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String token = api.token(api.newClient(partner, "SALES_AGENT"));
        String prefix = "phcompat" + UUID.randomUUID().toString().substring(0, 8);
        String requestId = UUID.randomUUID().toString();

        HttpResponse<String> created = api.post(token, "customers",
                sdkBody(prefix + ".onmicrosoft.com", "PH Compat " + prefix, "ada@example.com"), requestId);
        HttpResponse<String> retried = api.post(token, "customers",
                sdkBody(prefix + ".onmicrosoft.com", "PH Compat " + prefix, "ada@example.com"), requestId);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject customer = Api.json(created);
        assertEquals(prefix + ".onmicrosoft.com", customer.getJsonObject("companyProfile").getString("domain"), "echoed");
        assertEquals("PH Compat " + prefix, customer.getJsonObject("billingProfile").getString("companyName"));
        JsonObject credentials = customer.getJsonObject("userCredentials");
        assertEquals("admin@" + prefix + ".partnerhub.example", credentials.getString("userName"));
        assertFalse(credentials.getString("password").isBlank());
        assertEquals(created.statusCode(), retried.statusCode());
        assertEquals(created.body(), retried.body(), "the retry gets the first answer");
        JsonObject read = Api.json(api.get(token, "customers/" + customer.getString("id")));
        assertEquals(prefix + ".partnerhub.example", read.getJsonObject("companyProfile").getString("domain"),
                "under Partner Hub's customer domain");
        assertFalse(read.containsKey("userCredentials"), "the password is in the create's answer only");
        assertEquals(1, Api.json(api.get(token, "customers")).getInt("totalCount"), "one customer, not two");
    }

    @Test
    void badInputIs400NamingTheApiFieldATakenDomainIs409AndNothingIsWritten() throws Exception {
        String partner = api.newPartner("DIRECT_RESELLER");
        String token = api.token(api.newClient(partner, "ADMIN_AGENT"));
        String prefix = "taken" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.post(token, "customers", sdkBody(prefix, "First " + prefix, "a@example.com"),
                UUID.randomUUID().toString()).statusCode());

        HttpResponse<String> taken = api.post(token, "customers", sdkBody(prefix + ".onmicrosoft.com", "Second", "b@example.com"),
                UUID.randomUUID().toString());
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals("CUSTOMER_DOMAIN_PREFIX_TAKEN", Api.json(taken).getString("code"));

        HttpResponse<String> noEmail = api.post(token, "customers", sdkBody("noemail" + prefix, "No Email", null),
                UUID.randomUUID().toString());
        assertEquals(400, noEmail.statusCode(), noEmail.body());
        assertTrue(Api.json(noEmail).getJsonArray("data").getString(0).startsWith("billingProfile.email: "),
                noEmail.body());
        for (String wrong : List.of("{\"companyProfile\":{\"domain\":5}}", "{not json", "[]", "",
                sdkBody("bad domain!", "Bad", "c@example.com"))) {
            HttpResponse<String> refused = api.post(token, "customers", wrong, UUID.randomUUID().toString());
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
            assertFalse(Api.json(refused).getString("description").isBlank());
        }
        assertEquals(1, Api.json(api.get(token, "customers")).getInt("totalCount"), "nothing more was written");

        HttpResponse<String> helpdesk = api.post(api.token(api.newClient(partner, "HELPDESK_AGENT")), "customers",
                sdkBody("helpdesk" + prefix, "Helpdesk Try", "h@example.com"), UUID.randomUUID().toString());
        assertEquals(403, helpdesk.statusCode(), "a Helpdesk agent's client cannot create: " + helpdesk.body());
        assertEquals(1, Api.json(api.get(token, "customers")).getInt("totalCount"));
    }
}
