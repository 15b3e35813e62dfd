package org.partnerhub.web.subscription;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionTransferService;
import org.partnerhub.web.partnership.ProviderChoice;
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
    private ProviderChoice provider = ProviderChoice.notNeeded();

    /** The view action: the customer's subscriptions held by other partners, if the caller serves it. */
    public void load() {
        try {
            transferable = transfers.transferable(customerId);
            provider = signedInUser.getMe().partnerType() == PartnerType.INDIRECT_RESELLER
                    ? ProviderChoice.amongRows(channel.partnersServing(customerId)) : ProviderChoice.notNeeded();
        } catch (BusinessException refusal) {
            transferable = null;
            Messages.refusal(null, refusal);
        }
    }

    public String request() {
        try {
            transfers.request(customerId, List.of(chosen), provider.getProvider());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("transfers.requested");
            return "/subscription/transfers.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            Messages.refusal("request", refusal);
            return null;
        }
    }

    /** For an indirect reseller: the provider that will hold the subscriptions. */
    public ProviderChoice getProvider() {
        return provider;
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
