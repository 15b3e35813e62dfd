package org.partnerhub.browser;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnerhub.it.RealEar;
import org.partnerhub.it.harness.FailureEvidence;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;

/**
 * A browser test: the EAR under test (deployed once for the whole run), the fixtures that make
 * each test's own partners and data ({@code it-fixtures}), and one headless Chromium per test
 * class, whose cookies, storage and downloads are cleared before each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    /** The demo password the README gives next to the demo users: for {@link DemoDataBrowserIT} only. */
    static final String DEMO_PASSWORD = "Demo-Partner-2026";

    /** The password of the partners' admins this test makes, new for every run. */
    static final String FIXTURE_PASSWORD = "Fixture-" + java.util.UUID.randomUUID();

    /** The same deployment as the in-container tests': whichever class runs first deploys it for all. */
    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.underTest();
    }

    @ArquillianResource
    URL base;

    /** This class's browsers, kept from test to test: starting Chromium costs seconds on a small machine. */
    private static Browser classBrowser;
    private static Browser classOtherBrowser;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        classBrowser = openOrReset(classBrowser);
        browser = classBrowser;
        FailureEvidence.pageOf("browser", browser::saveScreenshot);
    }

    /**
     * A second browser, for another person in the same story (the customer who opens a link,
     * the other partner who answers): nothing of the first browser's session, and nothing of
     * what an earlier call of this method did in it.
     */
    Browser otherBrowser() throws Exception {
        classOtherBrowser = openOrReset(classOtherBrowser);
        FailureEvidence.pageOf("other-browser", classOtherBrowser::saveScreenshot);
        return classOtherBrowser;
    }

    /** The class's browser, started the first time and cleared of the previous test after that. */
    private Browser openOrReset(Browser kept) throws Exception {
        if (kept == null) {
            return Browser.open(base);
        }
        kept.reset();
        return kept;
    }

    @AfterAll
    static void closeBrowsers() throws Exception {
        for (Browser open : new Browser[] {classBrowser, classOtherBrowser}) {
            if (open != null) {
                open.close();
            }
        }
        classBrowser = null;
        classOtherBrowser = null;
    }

    /**
     * A new customer of the partner with this MPN ID, with no subscription or, given an
     * offer id, with one active subscription bought through that partner. Returns its id.
     */
    long customerOf(String mpnId, String company, Long subscribedOffer) throws Exception {
        return Long.parseLong(fixture("customer", "partner=" + mpnId + "&company=" + URLEncoder.encode(company,
                StandardCharsets.UTF_8) + (subscribedOffer == null ? "" : "&subscribedOffer=" + subscribedOffer)));
    }

    /** A new customer of the first partner, served by the second too (both with active relationships). */
    long sharedCustomer(TestPartner provider, TestPartner reseller, String company) throws Exception {
        return Long.parseLong(fixture("customer", "partner=" + provider.mpnId() + "&company="
                + URLEncoder.encode(company, StandardCharsets.UTF_8) + "&alsoServedBy=" + reseller.mpnId()));
    }

    /** The same, with one subscription of this offer bought through the first partner. */
    long sharedCustomer(TestPartner provider, TestPartner reseller, String company, long subscribedOffer) throws Exception {
        return Long.parseLong(fixture("customer", "partner=" + provider.mpnId() + "&company="
                + URLEncoder.encode(company, StandardCharsets.UTF_8) + "&alsoServedBy=" + reseller.mpnId()
                + "&subscribedOffer=" + subscribedOffer));
    }

    /** A new customer of the partner whose admin user signs in with {@link #FIXTURE_PASSWORD}. */
    CustomerAdmin customerWithAdmin(TestPartner partner, String company) throws Exception {
        String[] lines = fixture("customer", "partner=" + partner.mpnId() + "&company="
                + URLEncoder.encode(company, StandardCharsets.UTF_8) + "&adminPassword="
                + URLEncoder.encode(FIXTURE_PASSWORD, StandardCharsets.UTF_8)).split("\n");
        return new CustomerAdmin(Long.parseLong(lines[0]), lines[1]);
    }

    record CustomerAdmin(long customerId, String userName) {
    }

    /** Pending invitations of the partner, a minute apart, made by it-1@partnerhub.example (the newest) and on. */
    void invitations(TestPartner partner, int count) throws Exception {
        fixture("invitations", "partner=" + partner.mpnId() + "&count=" + count);
    }

    /** Makes the two active partners. */
    void partnership(TestPartner provider, TestPartner reseller) throws Exception {
        fixture("partnership", "provider=" + provider.mpnId() + "&reseller=" + reseller.mpnId());
    }

    /** An event about the partner's customer in its log, recorded now by its Global admin, as a service would. */
    void auditEvent(TestPartner partner, String action, long customerId) throws Exception {
        fixture("audit-event", "partner=" + partner.mpnId() + "&actor="
                + URLEncoder.encode(partner.adminEmail(), StandardCharsets.UTF_8) + "&action=" + action
                + "&customer=" + customerId);
    }

    /** A new partner of this type whose Global admin signs in with {@link #FIXTURE_PASSWORD}. */
    TestPartner newPartner(PartnerType type) throws Exception {
        String[] lines = fixture("partner", "type=" + type + "&password="
                + URLEncoder.encode(FIXTURE_PASSWORD, StandardCharsets.UTF_8)).split("\n");
        return new TestPartner(lines[0], lines[1], lines[2]);
    }

    record TestPartner(String mpnId, String name, String adminEmail) {
    }

    /** Another user of the partner with this one role, signing in with {@link #FIXTURE_PASSWORD}; returns its email. */
    String newUser(TestPartner partner, PartnerRole role) throws Exception {
        return fixture("user", "partner=" + partner.mpnId() + "&role=" + role + "&password="
                + URLEncoder.encode(FIXTURE_PASSWORD, StandardCharsets.UTF_8));
    }

    private String fixture(String what, String form) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/it-fixtures/" + what))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("fixture failed: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().trim();
    }

    /**
     * The texts of the elements once the first of them shows: for a list on a page that a click
     * or a sign-in is still opening, where reading at once could find the page before it.
     */
    static List<String> texts(Browser in, By elements) {
        in.waitFor(elements);
        return in.driver.findElements(elements).stream().map(WebElement::getText).toList();
    }

    /**
     * A text with an amount as a test writes it: Java puts a no-break space between an amount
     * and its currency (so that a price never wraps), which the browser may hand back as either.
     */
    static String spaced(String text) {
        return text.replace('\u00a0', ' ');
    }

    /**
     * The new-customer wizard's required details, with the contact email given and the country
     * chosen by its name in the page's language (none when null).
     */
    void enterCustomerDetails(String company, String country, String email) {
        enterCustomerDetails(browser, "details", company, country, email);
    }

    /**
     * The account fields of a customer (account-fields.xhtml) in the form with this client id;
     * the country is found by typing its whole name into the list's filter (none when null).
     */
    static void enterCustomerDetails(Browser in, String form, String company, String country, String email) {
        in.type(By.id(form + ":companyName"), company);
        in.type(By.id(form + ":addressLine1"), "Calle Mayor 1");
        in.type(By.id(form + ":city"), "Madrid");
        if (country != null) {
            in.choose(form + ":country", country, country);
        }
        in.type(By.id(form + ":contactFirstName"), "Lucía");
        in.type(By.id(form + ":contactLastName"), "García");
        in.type(By.id(form + ":contactEmail"), email);
    }

}
