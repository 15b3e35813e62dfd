package org.partnerhub.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.referral.NewReferral;
import org.partnerhub.referral.ReferralService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.subscription.OfferRow;
import org.partnerhub.web.partnership.PartneredResellers;
import org.partnerhub.web.shell.Messages;

/**
 * Record a lead: the company, whom to contact, what it needs and may be worth; a provider
 * refers it to one of its partnered resellers or keeps it. Saved in one step; then its page.
 */
@Named
@ViewScoped
public class NewReferralPage implements Serializable {

    @Inject
    ReferralService referrals;

    @Inject
    OfferCatalogService catalog;

    @Inject
    PartneredResellers partneredResellers;

    private final NewReferral referral = new NewReferral();
    private Long referTo;
    private List<OfferRow> offers;
    private List<PartnerChoice> resellers;

    @PostConstruct
    void init() {
        offers = catalog.offers();
        resellers = partneredResellers.list();
    }

    public String save() {
        try {
            long id = referrals.create(referral, referTo);
            Messages.info(referTo == null ? "referral.created" : "referral.created.referred");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/referral/referral.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            Messages.refusal("lead", refusal);
            return null;
        }
    }

    public NewReferral getReferral() {
        return referral;
    }

    public Long getReferTo() {
        return referTo;
    }

    public void setReferTo(Long referTo) {
        this.referTo = referTo;
    }

    public List<OfferRow> getOffers() {
        return offers;
    }

    /** The provider's partnered resellers; empty for anyone else, who keeps what it records. */
    public List<PartnerChoice> getResellers() {
        return resellers;
    }
}
