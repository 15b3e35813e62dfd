package org.partnerhub.web.partnership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.partnerhub.partner.MpnId;
import org.partnerhub.partnership.PartnershipLink;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.DraftEmail;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.PersonalLinks;
import org.partnerhub.web.shell.SignedInUser;

/**
 * A provider asks a reseller for a partnership: the reseller's MPN ID, then a draft email with
 * the personal link, which the provider sends from its own mail program or pastes anywhere.
 * The link lives only in this view: leaving the page loses it (Resend makes a new one).
 */
@Named
@ViewScoped
public class RequestPartnershipPage implements Serializable {

    /** Flash key under which the Indirect resellers page hands over a renewed link. */
    static final String NEW_LINK = "partnership.newLink";

    @Inject
    PartnershipService partnerships;

    @Inject
    SignedInUser signedInUser;

    @NotBlank(message = "{partnerhub.required}")
    @MpnId
    private String mpnId;
    private PartnershipLink link;
    private DraftEmail draft;

    @PostConstruct
    void init() {
        if (FacesContext.getCurrentInstance().getExternalContext().getFlash().get(NEW_LINK) instanceof PartnershipLink renewed) {
            show(renewed);
        }
    }

    public void create() {
        try {
            show(partnerships.requestReseller(mpnId));
        } catch (BusinessException refusal) {
            Messages.refusal("request", refusal);
        }
    }

    private void show(PartnershipLink made) {
        link = made;
        draft = new DraftEmail("request.email.subject", "request.email.body", made.providerName(), made.resellerName(),
                PersonalLinks.partnershipRequest(made.token()), made.expiresAt(), signedInUser.getMe().displayName(),
                made.resellerLanguage());
    }

    public String getMpnId() {
        return mpnId;
    }

    public void setMpnId(String mpnId) {
        this.mpnId = mpnId;
    }

    public DraftEmail getDraft() {
        return draft;
    }

    public PartnershipLink getLink() {
        return link;
    }

}
