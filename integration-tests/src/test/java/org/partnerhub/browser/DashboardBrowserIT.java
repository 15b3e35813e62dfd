package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.partnerhub.partner.PartnerType;

/**
 * Home's dashboard through the real page, in Español: the test partner's own figures, charts
 * that Chart.js really draws under the page's Content Security Policy, and a chart's figures
 * downloaded as CSV.
 */
class DashboardBrowserIT extends BrowserTest {

    private static final long BUSINESS_BASIC = 1;
    private static final long OFFICE_E3 = 4;
    private static final List<String> CHARTS = List.of("CUSTOMERS_ADDED", "LICENSES_PER_OFFER", "RESELLERS",
            "SUBSCRIPTIONS_BY_STATUS");

    @Test
    void aProvidersManagerSeesItsFiguresAndChartsInSpanishAndDownloadsTheLicensesPerOffer() throws Exception {
        TestPartner provider = newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = newPartner(PartnerType.INDIRECT_RESELLER);
        partnership(provider, reseller);
        sharedCustomer(provider, reseller, "Panel Uno " + provider.mpnId(), BUSINESS_BASIC);
        customerOf(provider.mpnId(), "Panel Dos " + provider.mpnId(), BUSINESS_BASIC);
        customerOf(provider.mpnId(), "Panel Tres " + provider.mpnId(), OFFICE_E3);
        Object watch = recordPolicyViolations();
        try {
            browser.signInDirectly(provider.adminEmail(), FIXTURE_PASSWORD);
            browser.switchLanguage("ES");

            assertEquals("3", figure("customers"), "three customers");
            assertEquals("3", figure("subscriptions"), "one subscription each, of 10 licenses");
            assertEquals("30", figure("licenses"));
            assertEquals("1", figure("partners"));
            assertEquals("Revendedores indirectos", browser.text(By.cssSelector("#figure-partners .figure-label")));
            assertEquals("+3 en los últimos 30 días (0 en los 30 días anteriores)",
                    browser.text(By.cssSelector("#figure-customers .trend")));
            assertEquals("No tiene nada pendiente.", browser.text(By.id("nothing-waiting")));

            for (String chart : CHARTS) {
                browser.until(d -> drawn(chart) ? chart : null); // drawn on its canvas, or the wait fails
            }
            String thisMonth = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("es"))
                    .format(YearMonth.now(ZoneOffset.UTC));
            assertEquals(thisMonth, last(labels("CUSTOMERS_ADDED")), "months in Spanish, this one last");
            assertEquals(List.of("Microsoft 365 Empresa Básico", "Office 365 E3"), labels("LICENSES_PER_OFFER"));
            assertEquals(List.of(reseller.name()), labels("RESELLERS"));
            assertEquals(List.of("Activa"), labels("SUBSCRIPTIONS_BY_STATUS"));
            assertEquals(List.of(), violations(), "the page's policy let the charts run");
            browser.screenshot("home-dashboard-es");

            browser.click(By.id("dashboard:LICENSES_PER_OFFER-csv"));
            List<String> csv = Files.readAllLines(browser.downloaded("licenses-per-offer.csv"), StandardCharsets.UTF_8);
            assertEquals(List.of("\uFEFFOferta,Suscripciones activas,Licencias", "Microsoft 365 Empresa Básico,2,20",
                    "Office 365 E3,1,10"), csv);
        } finally {
            stopRecording(watch);
        }
    }

    private String figure(String id) {
        return browser.text(By.cssSelector("#figure-" + id + " .figure-value"));
    }

    /** Whether Chart.js made a chart on the canvas and painted something on it. */
    private boolean drawn(String chart) {
        return Boolean.TRUE.equals(script("""
                const canvas = document.getElementById('dashboard:' + arguments[0] + '-chart_canvas');
                if (!canvas || !window.Chart || !Chart.getChart(canvas) || canvas.width === 0) return false;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
                return false;""", chart));
    }

    /** The labels the chart was drawn with, as Chart.js holds them. */
    @SuppressWarnings("unchecked")
    private List<String> labels(String chart) {
        return (List<String>) script("return Chart.getChart(document.getElementById('dashboard:' + arguments[0]"
                + " + '-chart_canvas')).data.labels;", chart);
    }

    private static String last(List<String> values) {
        return values.get(values.size() - 1);
    }

    /**
     * Before the page loads, a listener (put in by the browser itself, outside the page's policy)
     * that keeps every violation of the Content Security Policy the page reports.
     */
    private Object recordPolicyViolations() {
        return ((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__violations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));")).get("identifier");
    }

    private void stopRecording(Object identifier) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                Map.of("identifier", identifier));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) script("return window.__violations;");
    }

    private Object script(String source, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(source, arguments);
    }
}
