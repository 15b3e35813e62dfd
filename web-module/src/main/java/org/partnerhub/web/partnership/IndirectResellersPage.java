package org.partnerhub.web.partnership;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.partnerhub.partnership.PartnershipRequestRow;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Messages;

/** A provider's resellers: partnerships, requests both ways, and sending a request again. */
@Named
@ViewScoped
public class IndirectResellersPage extends PartnershipsPage {

    /** A new link for a pending request, drafted on the request page like a first one. */
    public String resend(PartnershipRequestRow request) {
        try {
            var link = partnerships.renewLink(request.partnershipId());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(RequestPartnershipPage.NEW_LINK, link);
            return "/partnership/request.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
            reload();
            return null;
        }
    }
}
