package org.partnerhub.web.relationship;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerRow;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.referral.ReferralQueries;
import org.partnerhub.referral.ReferralService;
import org.partnerhub.referral.ReferralView;
import org.partnerhub.relationship.FormerCustomerRow;
import org.partnerhub.relationship.InvitationLink;
import org.partnerhub.relationship.RelationshipInvitationService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.web.shell.DraftEmail;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.PersonalLinks;
import org.partnerhub.web.shell.SignedInUser;

/**
 * Request a reseller relationship: choose the email's language (and, for an indirect reseller,
 * a provider to invite with it), then a draft email with the personal link that the user sends
 * itself. The link lives only in this view; leaving the page loses it (Resend makes a new one).
 */
@Named
@ViewScoped
public class InviteCustomerPage implements Serializable {

    /** Flash key under which the invitations page hands over a renewed link. */
    static final String NEW_LINK = "invitation.newLink";

    @Inject
    RelationshipInvitationService invitations;

    @Inject
    ChannelQueries partnerships;

    @Inject
    ReferralQueries referrals;

    @Inject
    ReferralService referralService;

    @Inject
    SignedInUser signedInUser;

    /** The language the user works in now: what a new customer, user or email starts in. */
    @Inject
    LanguageSwitch languageSwitch;

    private List<PartnerRow> providers;
    private Long providerId;
    /** The former customer to re-establish the relationship with, or null for anyone. */
    private Long formerCustomerId;
    private FormerCustomerRow former;
    /** The won lead whose customer is invited (?referral=), or null. */
    private Long referralId;
    private ReferralView referral;
    private Language language;
    @Email(message = "{partnerhub.email.invalid}")
    private String to;

    private InvitationLink link;
    private DraftEmail draft;

    @PostConstruct
    void init() {
        providers = signedInUser.getMe().partnerType() == PartnerType.INDIRECT_RESELLER ? partnerships.partners() : List.of();
        language = languageSwitch.getLanguage();
        if (FacesContext.getCurrentInstance().getExternalContext().getFlash().get(NEW_LINK) instanceof InvitationLink renewed) {
            show(renewed);
        }
    }

    /** The view action: checks the former customer or the won lead named in the address, if any. */
    public void load() {
        if (referralId != null && link == null && referral == null) {
            try {
                referral = referrals.awaitingCustomer(referralId);
                to = referral.contactEmail();
            } catch (BusinessException refusal) {
                Messages.refusal(null, refusal);
            }
            if (referral == null) {
                referralId = null;
            }
        }
        if (formerCustomerId != null && link == null) {
            former = invitations.formerCustomers().stream().filter(row -> row.customerId() == formerCustomerId)
                    .findFirst().orElse(null);
            if (former == null) {
                formerCustomerId = null;
                Messages.error(null, "invitation.notFormer");
            }
        }
    }

    public void create() {
        try {
            if (referral != null) {
                show(referralService.inviteCustomer(referral.id(), language, providerId, to));
            } else {
                show(formerCustomerId == null ? invitations.invite(language, providerId, to)
                        : invitations.inviteFormerCustomer(language, providerId, formerCustomerId, to));
            }
        } catch (BusinessException refusal) {
            Messages.refusal("invite", refusal);
        }
    }

    private void show(InvitationLink made) {
        link = made;
        to = made.recipient();
        String joint = made.jointProviderName();
        // A former customer is asked to come back, not to start: its own text.
        String again = made.reEstablishing() ? ".again" : "";
        draft = new DraftEmail((joint == null ? "invite.email.subject" : "invite.email.subject.joint") + again,
                (joint == null ? "invite.email.body" : "invite.email.body.joint") + again, made.partnerName(), joint,
                PersonalLinks.invitation(made.token()), made.expiresAt(), signedInUser.getMe().displayName(),
                made.language());
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    /** The won lead whose customer is invited, or null. */
    public ReferralView getReferral() {
        return referral;
    }

    public List<PartnerRow> getProviders() {
        return providers;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Long getFormerCustomerId() {
        return formerCustomerId;
    }

    public void setFormerCustomerId(Long formerCustomerId) {
        this.formerCustomerId = formerCustomerId;
    }

    public FormerCustomerRow getFormer() {
        return former;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public DraftEmail getDraft() {
        return draft;
    }

    public InvitationLink getLink() {
        return link;
    }

}
