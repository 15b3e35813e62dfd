package org.partnerhub.web.operations;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.primefaces.csp.CspException;

/**
 * An unexpected failure becomes an incident: a short random number, logged once with the
 * stack trace and shown on the error page, so that what a user reads out leads to the log.
 */
public final class Incidents {

    /** Where a Faces request's incident number waits for the error page it is redirected to. */
    static final String PENDING = Incidents.class.getName() + ".pending";
    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    /**
     * Logs the failure of a request to this address under a new incident number, with its stack
     * trace, and returns the number (8 hexadecimal digits).
     */
    public static String log(Object address, Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String number = HexFormat.of().formatHex(bytes);
        LOG.log(Level.SEVERE, "Incident " + number + " at " + address, failure);
        return number;
    }

    /**
     * PrimeFaces' exception handler (an Ajax request of an expired view gets the same page as
     * a full one; every other failure is redirected to the error page of web.xml), logging each
     * failure as an incident instead of on its own. Declared in faces-config.xml.
     */
    public static class HandlerFactory extends ExceptionHandlerFactory {

        public HandlerFactory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PrimeExceptionHandler(getWrapped().getExceptionHandler()) {
                @Override
                protected void logException(Throwable rootCause) {
                    if (rootCause instanceof CspException) {
                        // A form sent without its page's script nonce: a script or a forged
                        // request, not a failure of ours. web.xml sends it to the "expired" page.
                        LOG.fine(() -> "Form without its CSP nonce refused: " + rootCause.getMessage());
                        return;
                    }
                    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                    String number = log(external.getRequestContextPath() + external.getRequestServletPath(), rootCause);
                    // PrimeFaces keeps what the error page needs in the session for the same redirect.
                    external.getSessionMap().put(PENDING, number);
                }
            };
        }
    }
}
