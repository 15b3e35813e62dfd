package org.partnerhub.web.subscription;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionTransferService;
import org.partnerhub.web.shell.Messages;

/** Ask for some of a customer's subscriptions that another partner holds. */
@Named
@ViewScoped
public class RequestTransferPage implements Serializable {

    @Inject
    SubscriptionTransferService transfers;

    private long customerId;
    private List<SubscriptionRow> transferable;
    /** An array, not a list: Faces converts the ticked values to the element type only for arrays. */
    private Long[] chosen = new Long[0];

    /** The view action: the customer's subscriptions held by other partners, if the caller serves it. */
    public void load() {
        try {
            transferable = transfers.transferable(customerId);
        } catch (BusinessException refusal) {
            transferable = null;
            Messages.refusal(null, refusal);
        }
    }

    public String request() {
        try {
            transfers.request(customerId, List.of(chosen));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("transfers.requested");
            return "/subscription/transfers.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            Messages.refusal("request", refusal);
            return null;
        }
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
