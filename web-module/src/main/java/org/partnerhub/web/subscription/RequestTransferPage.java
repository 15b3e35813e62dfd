package org.partnerhub.web.subscription;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerRow;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionTransferService;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * Ask for some of a customer's subscriptions that another partner holds; an indirect reseller
 * asks through one of its partnered providers that serve the customer, which will hold them.
 */
@Named
@ViewScoped
public class RequestTransferPage implements Serializable {

    @Inject
    SubscriptionTransferService transfers;

    @Inject
    ChannelQueries channel;

    @Inject
    SignedInUser signedInUser;

    private long customerId;
    private List<SubscriptionRow> transferable;
    /** An array, not a list: Faces converts the ticked values to the element type only for arrays. */
    private Long[] chosen = new Long[0];
    private boolean throughProvider;
    private List<PartnerRow> providers = List.of();
    private Long provider;

    /** The view action: the customer's subscriptions held by other partners, if the caller serves it. */
    public void load() {
        try {
            transferable = transfers.transferable(customerId);
            throughProvider = signedInUser.getMe().partnerType() == PartnerType.INDIRECT_RESELLER;
            providers = throughProvider ? channel.partnersServing(customerId) : List.of();
            provider = providers.size() == 1 ? providers.get(0).partnerId() : null;
        } catch (BusinessException refusal) {
            transferable = null;
            Messages.refusal(null, refusal);
        }
    }

    public String request() {
        try {
            transfers.request(customerId, List.of(chosen), provider);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("transfers.requested");
            return "/subscription/transfers.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            Messages.refusal("request", refusal);
            return null;
        }
    }

    /** Whether the caller asks through a provider (an indirect reseller): then it must choose one. */
    public boolean isThroughProvider() {
        return throughProvider;
    }

    public List<PartnerRow> getProviders() {
        return providers;
    }

    public Long getProvider() {
        return provider;
    }

    public void setProvider(Long provider) {
        this.provider = provider;
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public List<SubscriptionRow> getTransferable() {
        return transferable;
    }

    public Long[] getChosen() {
        return chosen;
    }

    public void setChosen(Long[] chosen) {
        this.chosen = chosen;
    }
}
