package org.partnerhub.browser;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.it.RealEar;

/** A browser test: the built EAR, unchanged, and a fresh headless Chromium for each test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    /** The demo password the README gives next to the demo users. */
    static final String DEMO_PASSWORD = "Demo-Partner-2026";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.asBuilt();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }
}
