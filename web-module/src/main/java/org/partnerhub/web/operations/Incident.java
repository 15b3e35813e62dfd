package org.partnerhub.web.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * The incident number the error page shows: of the failure the server forwarded to it, or of
 * the Faces request that {@link Incidents.HandlerFactory} redirected to it. None when the page
 * is opened on its own.
 */
@Named
@RequestScoped
public class Incident {

    private String number;
    private boolean looked;

    public String getNumber() {
        if (!looked) {
            looked = true;
            number = find(FacesContext.getCurrentInstance().getExternalContext());
        }
        return number;
    }

    private static String find(ExternalContext external) {
        Map<String, Object> request = external.getRequestMap();
        Object address = request.get(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            return Incidents.log(address, failure);
        }
        if (Integer.valueOf(500).equals(request.get(RequestDispatcher.ERROR_STATUS_CODE))) {
            return Incidents.log(address + " (status 500, no exception)", null);
        }
        if (external.getSession(false) != null) {
            Map<String, Object> session = external.getSessionMap();
            session.remove(ExceptionInfo.ATTRIBUTE_NAME); // the stack trace is in the log, not needed here
            return (String) session.remove(Incidents.PENDING);
        }
        return null;
    }
}
