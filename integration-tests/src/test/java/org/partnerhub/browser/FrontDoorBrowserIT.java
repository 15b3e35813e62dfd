package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;

/**
 * The front door as a visitor meets it: anonymous requests cost no session, roles taken away
 * apply at the next click, and addresses or uploads that are wrong get a message, not an error.
 */
class FrontDoorBrowserIT extends BrowserTest {

    @Test
    void anAnonymousVisitorGetsNoSessionFromTheLoginPageARedirectOrAnErrorPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> login = get(http, "login.xhtml");
        HttpResponse<String> home = get(http, "");
        HttpResponse<String> missing = get(http, "no-such-file.txt"); // not a page: no sign-in asked, the 404 page

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("login:signIn"), "the login form is there");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().contains("login.xhtml?returnTo="),
                home.headers().toString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("error-text"), "the application's 404 page");
        for (HttpResponse<String> answer : java.util.List.of(login, home, missing)) {
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(),
                    answer.uri() + " set " + answer.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void aFormSentWithoutItsScriptNonceIsAnsweredAsAnExpiredPageNotAnIncident() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = "login=login&login%3Aemail=nobody%40it.example&login%3Apassword=x&login%3AsignIn="
                + "&jakarta.faces.ViewState=stateless";

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(answer.body().contains("This page was open too long"), answer.statusCode() + " " + answer.body());
        assertFalse(answer.body().contains("Incident number"), "not an incident");
    }

    @Test
    void aGlobalAdminDemotedInOneBrowserLosesTheUsersPageInTheOtherAtTheNextClick() throws Exception {
        TestPartner partner = newPartner(PartnerType.INDIRECT_PROVIDER);
        String demoted = newUser(partner, PartnerRole.GLOBAL_ADMIN);
        Browser theirs = otherBrowser();
        theirs.signInDirectly(demoted, FIXTURE_PASSWORD, "partner/users.xhtml");
        assertTrue(theirs.isPresent(By.id("users:add")), "a Global admin adds users");

        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "partner/users.xhtml");
        browser.click(By.xpath("//tr[td[text()='" + demoted + "']]//button[contains(@id, ':roles')]"));
        browser.click(By.cssSelector("#editRoles\\:roles label[for='editRoles:roles:0']")); // Global admin off
        browser.click(By.cssSelector("#editRoles\\:roles label[for='editRoles:roles:2']")); // Sales agent on
        browser.click(By.id("editRoles:save"));
        browser.waitUntilText(By.cssSelector(".ui-messages-info"), "Roles changed.");

        theirs.click(By.id("menu-CUSTOMERS"));
        theirs.waitFor(By.id("menu-CUSTOMERS"));
        assertFalse(theirs.isPresent(By.id("menu-USERS")), "the menu follows the new role");
        theirs.go("partner/users.xhtml");
        assertEquals("This page is not open to your role or to your kind of partner.", theirs.text(By.id("error-text")));
    }

    @Test
    void anIdThatIsNotANumberIsNotFoundLikeAnotherPartnersId() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        TestPartner other = newPartner(PartnerType.DIRECT_RESELLER);
        long theirs = customerOf(other.mpnId(), "Not Yours Ltd", null);
        browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "customer/account.xhtml?customer=" + theirs);
        String notFound = browser.textOnceRendered(By.cssSelector(".ui-messages-error"));

        browser.go("customer/account.xhtml?customer=abc");

        assertEquals(notFound, browser.textOnceRendered(By.cssSelector(".ui-messages-error")));
        browser.go("subscription/subscription.xhtml?subscription=1%27%20or%201=1");
        assertTrue(browser.isPresent(By.cssSelector(".ui-messages-error")), "a message, not a blank page");
    }

    @Test
    void anUploadOverTheContainersLimitGetsTheSameFileTooLargeMessage() throws Exception {
        TestPartner partner = newPartner(PartnerType.DIRECT_RESELLER);
        long customer = customerOf(partner.mpnId(), "Big Files Ltd", null);
        Path huge = Files.createTempFile("users-", ".csv");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = "user@example.com,User,BR\n".getBytes();
            for (long written = 0; written < 24L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        try {
            browser.signInDirectly(partner.adminEmail(), FIXTURE_PASSWORD, "customer/import-users.xhtml?customer=" + customer);

            browser.driver.findElement(By.id("upload:file")).sendKeys(huge.toString());
            browser.click(By.id("upload:check"));

            assertEquals("The file is larger than 5 MB.", browser.textOnceRendered(By.id("upload:file-message")));
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    private HttpResponse<String> get(HttpClient http, String page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + page)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
