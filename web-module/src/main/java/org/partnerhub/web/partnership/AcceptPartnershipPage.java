package org.partnerhub.web.partnership;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partnership.PartnershipInvitation;
import org.partnerhub.partnership.PartnershipQueries;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * Where a provider's link leads: who asks, and Accept or Decline. A link that cannot be
 * answered (unknown, expired, withdrawn, answered, for someone else) shows why and nothing else.
 */
@Named
@ViewScoped
public class AcceptPartnershipPage implements Serializable {

    @Inject
    PartnershipQueries queries;

    @Inject
    PartnershipService partnerships;

    @Inject
    SignedInUser signedInUser;

    private String token;
    /** Why the reseller declines, if it says: shown to the provider. */
    private String declineReason;
    private PartnershipInvitation invitation;

    /** The view action: reads the request behind the link, changing nothing. */
    public void load() {
        try {
            invitation = token == null || token.isBlank() ? null : queries.invitation(token);
            if (invitation == null) {
                Messages.error(null, "partnership.link.unknown");
            }
        } catch (BusinessException refusal) {
            invitation = null;
            Messages.refusal(null, refusal);
        }
    }

    public boolean isMayAnswer() {
        var me = signedInUser.getMe();
        return me.has(PartnerRole.GLOBAL_ADMIN) || me.has(PartnerRole.ADMIN_AGENT);
    }

    public String accept() {
        return answer(() -> partnerships.acceptLink(token), "partnerships.accepted",
                "/partnership/indirect-providers.xhtml?faces-redirect=true");
    }

    public String decline() {
        return answer(() -> partnerships.declineLink(token, declineReason), "partnerships.declined",
                "/index.xhtml?faces-redirect=true");
    }

    private String answer(Runnable action, String doneKey, String next) {
        try {
            action.run();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(doneKey, invitation.providerName());
            return next;
        } catch (BusinessException refusal) {
            invitation = null;
            Messages.refusal(null, refusal);
            return null;
        }
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public PartnershipInvitation getInvitation() {
        return invitation;
    }
}
