package org.partnerhub.web.relationship;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.customer.CustomerAcceptanceService;
import org.partnerhub.customerarea.MyPartnerRow;
import org.partnerhub.customerarea.MyPartnersQueries;
import org.partnerhub.customerarea.WaitingInvitationRow;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.web.shell.Messages;

/**
 * The customer area: the customer's partners, active and past, the invitations waiting for it,
 * and its subscriptions (read-only) with the partner each was bought through.
 */
@Named
@ViewScoped
public class MyPartnersPage implements Serializable {

    @Inject
    MyPartnersQueries myPartners;

    @Inject
    CustomerAcceptanceService acceptance;

    private String customerName;
    private List<MyPartnerRow> partners;
    private List<WaitingInvitationRow> invitations;
    private List<SubscriptionRow> subscriptions;

    @PostConstruct
    void reload() {
        customerName = myPartners.customerName();
        partners = myPartners.partners();
        invitations = myPartners.waitingInvitations();
        subscriptions = myPartners.subscriptions();
    }

    public void accept(WaitingInvitationRow invitation) {
        answer(() -> acceptance.acceptInCustomerArea(invitation.id()), "myPartners.accepted", invitation);
    }

    public void decline(WaitingInvitationRow invitation) {
        answer(() -> acceptance.declineInCustomerArea(invitation.id()), "myPartners.declined", invitation);
    }

    private void answer(Runnable action, String doneKey, WaitingInvitationRow invitation) {
        try {
            action.run();
            Messages.info(doneKey, invitation.partnerName());
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        reload();
    }

    public String getCustomerName() {
        return customerName;
    }

    public List<MyPartnerRow> getPartners() {
        return partners;
    }

    public List<WaitingInvitationRow> getInvitations() {
        return invitations;
    }

    public List<SubscriptionRow> getSubscriptions() {
        return subscriptions;
    }
}
