package org.partnerhub.web.partnership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
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
 * A provider asks a reseller for a partnership: the reseller's email and, if the provider has
 * it, its MPN ID; then a draft email to that address with the personal link, which the provider
 * sends from its own mail program or pastes anywhere. The link lives only in this view: leaving
 * the page loses it (Resend makes a new one).
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
    @Email(message = "{partnerhub.email.invalid}")
    private String email;
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
            show(partnerships.requestResellerByEmail(email, mpnId));
        } catch (BusinessException refusal) {
            Messages.refusal("request", refusal);
        }
    }

    private void show(PartnershipLink made) {
        link = made;
        // Without a reseller's name (asked by address only) the email greets the organization.
        boolean named = made.resellerName() != null;
        draft = new DraftEmail("request.email.subject", named ? "request.email.body" : "request.email.body.byEmail",
                made.providerName(), named ? made.resellerName() : made.resellerContactEmail(),
                PersonalLinks.partnershipRequest(made.token()), made.expiresAt(), signedInUser.getMe().displayName(),
                made.resellerLanguage());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Whom the request is for, as the draft's hint says it: the reseller's name, else the address. */
    public String getRecipient() {
        return link.resellerName() != null ? link.resellerName() : link.resellerContactEmail();
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
