package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.channel.PartnerRow;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.PartnershipQueries;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionService;
import org.partnerhub.web.partnership.PartneredResellers;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * The account page's Credit dialog: a provider credits a subscription it sold to a partnered
 * reseller (picked, or typed by MPN ID and verified) and names who supports the customer: itself
 * or one of its partnered resellers that serves the customer.
 */
@Named
@ViewScoped
public class AttributionDialog implements Serializable {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    PartnershipQueries partnershipQueries;

    @Inject
    SignedInUser signedInUser;

    @Inject
    PartneredResellers partneredResellers;

    @Inject
    CustomerAccountPage page;

    @Inject
    ChannelQueries channel;

    private SubscriptionRow attributing;
    private List<PartnerChoice> partnered = List.of();
    private String mpnId;
    /** Who supports the customer: the caller (the partner of record) or a reseller that serves the customer. */
    private Long supportPartnerId;
    private List<PartnerRow> supportCandidates = List.of();
    private String verifiedName;

    /** A provider credits the subscriptions it sold; others see who is credited. */
    public boolean mayAttribute(SubscriptionRow subscription) {
        var me = signedInUser.getMe();
        return page.isMayOrder() && me.partnerType() == PartnerType.INDIRECT_PROVIDER
                && subscription.isBoughtThrough(me.partnerId());
    }

    public void start(SubscriptionRow subscription) {
        page.showSubscriptions();
        attributing = subscription;
        mpnId = subscription.resellerMpnId();
        supportPartnerId = subscription.supportContactId();
        supportCandidates = channel.partnersServing(page.getCustomerId());
        verifiedName = subscription.resellerName();
        partnered = partneredResellers.list();
        Dialogs.open("attributionDialog");
    }

    /**
     * Verify, or pick a partnered reseller: shows whose MPN ID it is, or why it cannot be
     * credited. An empty field, or the list's "choose" item, means nobody: saved so, the
     * subscription credits no reseller.
     */
    public void verify() {
        verifiedName = null;
        if (mpnId == null || mpnId.isBlank()) {
            Messages.note("attribution:mpnId", "subscriptions.attribute.nobody");
            return;
        }
        try {
            verifiedName = partnershipQueries.partneredResellerName(mpnId);
        } catch (BusinessException refusal) {
            Messages.refusal("attribution", refusal);
        }
    }

    public void save() {
        try {
            subscriptions.attribute(attributing.id(), mpnId, supportPartnerId);
            page.load();
            Dialogs.close("attributionDialog");
            Messages.info("subscriptions.attributed");
        } catch (BusinessException refusal) {
            Messages.refusal("attribution", refusal);
        }
    }

    /** The partnered resellers that serve the customer: besides the caller, who may support it. */
    public List<PartnerRow> getSupportCandidates() {
        return supportCandidates;
    }

    public SubscriptionRow getAttributing() {
        return attributing;
    }

    public List<PartnerChoice> getPartnered() {
        return partnered;
    }

    public String getMpnId() {
        return mpnId;
    }

    public void setMpnId(String mpnId) {
        this.mpnId = mpnId;
    }

    public Long getSupportPartnerId() {
        return supportPartnerId;
    }

    public void setSupportPartnerId(Long supportPartnerId) {
        this.supportPartnerId = supportPartnerId;
    }

    public String getVerifiedName() {
        return verifiedName;
    }
}
