package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every response tells the browser, read over HTTP as a browser gets it: the security
 * headers on a signed-in page, an error page and an invitation link, the session cookie's
 * flags, no server name or version, the health probes, and the incident number of a failure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHeadersIT {

    private static final String PASSWORD = "Headers-" + UUID.randomUUID();

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.underTest();
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aSignedInPageIsNeverKeptRunsOnlyItsOwnScriptsAndItsSessionCookieStaysOnThisSite() throws Exception {
        String admin = newPartnerAdmin();

        HttpResponse<String> signIn = get("it-fixtures/sign-in?email=" + URLEncoder.encode(admin, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        HttpResponse<String> home = get("index.xhtml");

        assertEquals(302, signIn.statusCode(), signIn.body());
        String sessionCookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(sessionCookie.contains("HttpOnly"), sessionCookie);
        assertTrue(sessionCookie.contains("SameSite=Lax"), sessionCookie);
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"user-name\""), "signed in");
        assertSecurityHeaders(home, "same-origin");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(csp(home));
        assertTrue(nonce.find(), csp(home));
        assertTrue(home.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the policy's nonce");
        assertFalse(home.body().contains(" onclick=\""), "no inline event handler: the policy would block it");
        assertTrue(Pattern.compile("id=\"version\">\\s*Version \\d+\\.\\d+").matcher(home.body()).find(),
                "the footer shows the version from the build");
    }

    @Test
    void errorPagesCarryTheHeadersAndAFailureShowsAnIncidentNumberThatIsInTheServerLog() throws Exception {
        HttpResponse<String> notFound = get("no-such-page-" + UUID.randomUUID());
        HttpResponse<String> failure = get("it-fixtures/failure");

        assertEquals(404, notFound.statusCode());
        assertTrue(notFound.body().contains("id=\"error-text\""), "the application's own 404 page");
        assertSecurityHeaders(notFound, "same-origin");
        assertEquals(500, failure.statusCode());
        assertSecurityHeaders(failure, "same-origin");
        Matcher incident = Pattern.compile("id=\"incident\">[^<]*?\\b([0-9a-f]{8})\\b").matcher(failure.body());
        assertTrue(incident.find(), failure.body());
        assertTrue(serverLogMentions("Incident " + incident.group(1), FailingServlet.MESSAGE),
                "the server log has incident " + incident.group(1) + " with the failure");
    }

    @Test
    void anInvitationLinkTellsNoOtherSiteItsAddress() throws Exception {
        HttpResponse<String> invitation = get("accept/" + "x".repeat(43));

        assertEquals(200, invitation.statusCode());
        assertSecurityHeaders(invitation, "no-referrer");
    }

    @Test
    void theHealthProbesAnswerUpWithoutASessionOrAnythingElse() throws Exception {
        for (String probe : List.of("health/live", "health/ready")) {
            HttpResponse<String> health = get(probe);

            assertEquals(200, health.statusCode(), probe);
            assertEquals("{\"status\":\"UP\"}", health.body(), probe);
            assertTrue(health.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), probe);
            assertTrue(health.headers().allValues("Set-Cookie").isEmpty(), probe + " made a session");
            assertNoServerNameOrVersion(health);
        }
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, String referrerPolicy) {
        String page = response.uri().getPath();
        assertTrue(csp(response).contains("frame-ancestors 'self'"), page + ": " + csp(response));
        assertTrue(csp(response).contains("script-src 'self'"), page + ": " + csp(response));
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), page);
        assertEquals(List.of(referrerPolicy), response.headers().allValues("Referrer-Policy"), page);
        assertTrue(response.headers().allValues("Cache-Control").contains("no-store"), page);
        assertNoServerNameOrVersion(response);
    }

    private static void assertNoServerNameOrVersion(HttpResponse<String> response) {
        String page = response.uri().getPath();
        assertEquals(List.of(), response.headers().allValues("Server"), page);
        assertEquals(List.of(), response.headers().allValues("X-Powered-By"), page);
    }

    /** The one policy: a second Content-Security-Policy header would be enforced as well. */
    private static String csp(HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), response.uri().getPath() + ": " + policies);
        return policies.get(0);
    }

    /** Whether the server log has a line with both parts, waiting a little for the log to be written. */
    private static boolean serverLogMentions(String first, String second) throws Exception {
        Path log = Path.of(System.getProperty("partnerhub.server.log", "server.log"));
        for (int attempt = 0; attempt < 50; attempt++) {
            if (Files.isRegularFile(log)) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                int at = text.lastIndexOf(first);
                if (at >= 0 && text.indexOf(second, at) >= 0) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    private String newPartnerAdmin() throws IOException, InterruptedException {
        HttpResponse<String> partner = client.send(HttpRequest.newBuilder(address("it-fixtures/partner"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString("type=INDIRECT_RESELLER&password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, partner.statusCode(), partner.body());
        return partner.body().trim().split("\n")[2];
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI address(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + "/" + path);
    }
}
