package org.partnerhub.web.partnership;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.partnerhub.partner.MpnId;
import org.partnerhub.partnership.PartnershipLink;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
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

    @EJB
    transient PartnershipService partnerships;

    @Inject
    SignedInUser signedInUser;

    @NotBlank(message = "{partnerhub.required}")
    @MpnId
    private String mpnId;
    private PartnershipLink link;
    private String url;
    private Language language;
    private String subject;
    private String body;

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

    /** Writes the email again in the chosen language; edits to the earlier text are replaced. */
    public void draft() {
        Locale locale = language.locale();
        String until = PersonalLinks.longDate(link.expiresAt(), locale);
        subject = Messages.textIn(locale, "request.email.subject", link.providerName());
        body = Messages.textIn(locale, "request.email.body", link.providerName(), link.resellerName(), url, until,
                signedInUser.getMe().displayName());
    }

    private void show(PartnershipLink made) {
        link = made;
        url = acceptAddress(made);
        language = made.resellerLanguage();
        draft();
    }

    /** The address the link leads to, with the token. */
    private static String acceptAddress(PartnershipLink made) {
        return PersonalLinks.address("/partnership/accept.xhtml?token=" + made.token().value());
    }

    public String getExpiresOn() {
        return link == null ? null : PersonalLinks.longDate(link.expiresAt());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getMpnId() {
        return mpnId;
    }

    public void setMpnId(String mpnId) {
        this.mpnId = mpnId;
    }

    public PartnershipLink getLink() {
        return link;
    }

    public String getUrl() {
        return url;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
