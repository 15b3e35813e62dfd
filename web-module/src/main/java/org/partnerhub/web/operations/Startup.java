package org.partnerhub.web.operations;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.partnerhub.account.CustomerDomain;
import org.partnerhub.shared.Settings;

/**
 * Start-up of the web module: one log line with the version (what a support request asks
 * first), and the session cookie marked Secure when the site is served over HTTPS, which
 * only the deployment knows ({@link Settings#HTTPS}; HttpOnly and SameSite are in web.xml).
 */
@WebListener
public class Startup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = Settings.HTTPS.isTrue();
        if (https) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
        String customerDomain = CustomerDomain.name(); // a wrong setting stops the start here, in one line
        LOG.info(() -> "Partner Hub " + ApplicationVersion.read() + " starting, customer domain " + customerDomain
                + (https ? " (HTTPS: secure session cookie)" : ""));
    }
}
